package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Complaint-aware sentiment lexicon of our own: positive and negative words with weights (刺鼻, 黑烟, 偷排,
 * 投诉无门 weigh more than 差), negation words that flip the next sentiment word within three tokens (不 刺鼻),
 * and degree words that scale it (非常 臭). Clause punctuation ends the scope of negations and degrees.
 * Immutable and thread-safe.
 */
public final class SentimentLexicon {

    private static final String BASE = "/org/qianliyan/nlp/";
    private static final int SCOPE = 3;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", "。", "!", "?", ";", "，", "！", "？", "；", "\n");

    private final Map<String, Double> positive;
    private final Map<String, Double> negative;
    private final Map<String, Double> negations;
    private final Map<String, Double> degrees;

    private SentimentLexicon() {
        positive = ResourceLines.weights(BASE + "sentiment-positive.txt", 1.0);
        negative = ResourceLines.weights(BASE + "sentiment-negative.txt", 1.0);
        negations = ResourceLines.weights(BASE + "sentiment-negations.txt", 1.0);
        degrees = ResourceLines.weights(BASE + "sentiment-degrees.txt", 1.0);
    }

    /** @return the lexicon shipped with the module */
    public static SentimentLexicon load() {
        return new SentimentLexicon();
    }

    /**
     * @param tokens segmented, normalised tokens
     * @return the summed polarity (positive above zero), plus the number of sentiment words seen
     */
    public LexiconScore score(List<Token> tokens) {
        double sum = 0;
        int hits = 0;
        int clauseStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (CLAUSE_ENDS.contains(word)) {
                clauseStart = i + 1;
                continue;
            }
            Double pos = positive.get(word);
            Double neg = negative.get(word);
            if (pos == null && neg == null) {
                continue;
            }
            double value = pos != null ? pos : -neg;
            boolean negated = false;
            double degree = 1;
            for (int j = Math.max(clauseStart, i - SCOPE); j < i; j++) {
                String before = tokens.get(j).word();
                if (negations.containsKey(before)) {
                    negated = !negated;
                }
                Double d = degrees.get(before);
                if (d != null) {
                    degree *= d;
                }
            }
            if (negated) {
                // 不臭 is mildly good, 不好 is bad: negation flips but weakens
                value = -value * 0.6;
            }
            sum += value * degree;
            hits++;
        }
        return new LexiconScore(sum, hits);
    }

    /** @return whether the word is a sentiment word of either polarity */
    public boolean isSentimentWord(String word) {
        return positive.containsKey(word) || negative.containsKey(word);
    }

    /**
     * Raw lexicon evidence.
     *
     * @param sum  signed sum of weighted sentiment words
     * @param hits sentiment words seen
     */
    public record LexiconScore(double sum, int hits) {
    }
}
