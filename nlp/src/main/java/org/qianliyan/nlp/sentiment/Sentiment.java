package org.qianliyan.nlp.sentiment;

/**
 * Sentiment of a text.
 *
 * @param label  polarity
 * @param score  -1 (most negative) .. +1 (most positive)
 * @param source {@code lexicon}, {@code model} or {@code lexicon+model}: what decided
 */
public record Sentiment(SentimentLabel label, double score, String source) {
}
