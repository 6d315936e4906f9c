package org.qianliyan.portal.search;

/** A search parameter that is not understood (an unknown dataset, sort or cursor, a bad size); the message says which. */
public class InvalidSearchException extends RuntimeException {

    InvalidSearchException(String message) {
        super(message);
    }
}
