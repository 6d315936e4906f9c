package org.qianliyan.nlp;

/**
 * The one unchecked exception of the NLP module: bad settings, unreadable dictionaries or models,
 * malformed training files. The message always names the offending path or value.
 */
public class NlpException extends RuntimeException {

    /** @param message what went wrong, with context */
    public NlpException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, with context
     * @param cause   the underlying failure
     */
    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
