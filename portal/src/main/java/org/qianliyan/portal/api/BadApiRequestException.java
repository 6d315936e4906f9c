package org.qianliyan.portal.api;

/** An API request with bad input; the message names the parameter and what is wrong (HTTP 400). */
public class BadApiRequestException extends RuntimeException {

    public BadApiRequestException(String message) {
        super(message);
    }
}
