package org.qianliyan.portal.enforcement.imports;

/** An import file that cannot be read as its format at all (not one bad row: the whole file). */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
