package org.qianliyan.portal.opinion.posts;

/** A filter parameter that cannot be understood; the message names the parameter and the problem. */
public class InvalidFilterException extends IllegalArgumentException {

    public InvalidFilterException(String message) {
        super(message);
    }
}
