package org.qianliyan.nlp.sentiment;

/**
 * A training or evaluation example.
 *
 * @param positive whether the text is labelled positive
 * @param text     the text
 */
public record LabelledText(boolean positive, String text) {
}
