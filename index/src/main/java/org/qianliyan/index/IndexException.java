package org.qianliyan.index;

/** Anything that goes wrong in the index module: the message says what happened and what to do. */
public class IndexException extends RuntimeException {

    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
