package org.qianliyan.portal.incinerator.imports;

/** One row that cannot be read; the importer records it with its line and skips or refuses the file. */
public class InvalidRowException extends Exception {

    public InvalidRowException(String reason) {
        super(reason, null, false, false);
    }
}
