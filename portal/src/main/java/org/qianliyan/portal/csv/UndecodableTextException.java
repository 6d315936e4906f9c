package org.qianliyan.portal.csv;

import java.nio.charset.CharacterCodingException;

/** A text file in no charset we can read without guessing; the message names the file. */
final class UndecodableTextException extends CharacterCodingException {

    private final String message;

    UndecodableTextException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
