package org.qianliyan.nlp.keywords;

/**
 * A keyword of a document.
 *
 * @param word  the normalised word
 * @param score TextRank score after domain weighting (higher is more central)
 */
public record Keyword(String word, double score) {
}
