package org.qianliyan.portal.imports;

import java.nio.charset.CharacterCodingException;

/** A text file in no charset we can read without guessing; the message names the file. */
public final class UndecodableTextException extends CharacterCodingException {

    private final String message;

    UndecodableTextException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
