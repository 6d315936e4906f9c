package org.qianliyan.portal.enforcement.search;

/** A list query with a parameter that cannot be understood; the message names it. */
public class InvalidCaseQueryException extends RuntimeException {

    public InvalidCaseQueryException(String message) {
        super(message);
    }
}
