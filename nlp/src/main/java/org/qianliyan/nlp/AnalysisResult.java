package org.qianliyan.nlp;

import org.qianliyan.nlp.keywords.Keyword;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.nlp.link.PlaceLink;
import org.qianliyan.nlp.sentiment.Sentiment;
import org.qianliyan.nlp.topic.Complaint;
import org.qianliyan.nlp.topic.Topic;

import java.util.List;
import java.util.Set;

/**
 * Everything the analyzer found in one document; serialisable with Jackson as it is. Spans and token offsets
 * refer to the analysed text: the input, or its first {@code analysedLength} chars when {@code truncated}.
 *
 * @param tokens         words of the normalised text (punctuation dropped)
 * @param sentiment      polarity and score
 * @param topics         environmental topics, never empty (OTHER when none)
 * @param complaint      citizen-complaint flag and score
 * @param places         admin regions mentioned
 * @param facilities     facilities mentioned, with confidence
 * @param keywords       TextRank keywords, best first
 * @param maskedText     the analysed text with personal data masked, same length
 * @param simHash        64-bit SimHash of the analysed text
 * @param truncated      whether the input was longer than the configured maximum
 * @param analysedLength chars analysed
 */
public record AnalysisResult(List<Token> tokens, Sentiment sentiment, Set<Topic> topics, Complaint complaint,
                             List<PlaceLink> places, List<FacilityLink> facilities, List<Keyword> keywords,
                             String maskedText, long simHash, boolean truncated, int analysedLength) {
}
