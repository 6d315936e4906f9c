package org.qianliyan.nlp.hotwords;

/**
 * A word that rises in a window against a background.
 *
 * @param word             the word
 * @param score            Dunning log-likelihood ratio (G²); above 10.83 is significant at p &lt; 0.001
 * @param windowCount      occurrences in the window
 * @param backgroundCount  occurrences in the background
 */
public record HotWord(String word, double score, long windowCount, long backgroundCount) {
}
