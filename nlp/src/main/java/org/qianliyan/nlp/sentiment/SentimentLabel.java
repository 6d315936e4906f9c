package org.qianliyan.nlp.sentiment;

/** Polarity of a text. */
public enum SentimentLabel {
    /** favourable */
    POSITIVE,
    /** neither, or balanced */
    NEUTRAL,
    /** unfavourable: complaints, anger, worry */
    NEGATIVE
}
