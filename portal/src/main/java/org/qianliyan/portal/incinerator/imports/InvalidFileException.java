package org.qianliyan.portal.incinerator.imports;

/** A file that cannot be imported at all (no header, wrong columns); the message says which and why. */
public class InvalidFileException extends RuntimeException {

    public InvalidFileException(String message) {
        super(message);
    }
}
