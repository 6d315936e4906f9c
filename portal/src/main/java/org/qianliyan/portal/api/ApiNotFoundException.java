package org.qianliyan.portal.api;

/** The API was asked for something that does not exist (HTTP 404). */
public class ApiNotFoundException extends RuntimeException {

    public ApiNotFoundException(String message) {
        super(message);
    }
}
