package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.Token;

import java.util.BitSet;
import java.util.HashMap;
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

    /** Signed weight of every sentiment word (a word listed as both counts as positive), one look-up per word. */
    private final Map<String, Double> polarities = new HashMap<>();
    /** First chars of the sentiment words: most parts of a longer word cannot be one, and need no look-up. */
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);
    private final Map<String, Double> negations;
    private final Map<String, Double> degrees;

    private SentimentLexicon() {
        ResourceLines.weights(BASE + "sentiment-negative.txt", 1.0).forEach((word, weight) -> polarities.put(word, -weight));
        polarities.putAll(ResourceLines.weights(BASE + "sentiment-positive.txt", 1.0));
        polarities.keySet().forEach(word -> firstChars.set(word.charAt(0)));
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
            double value = polarity(word, tokens.get(i).nature());
            if (value == 0) {
                continue;
            }
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

    /**
     * Polarity of a word; a longer word that HanLP keeps whole (冒黑烟, 臭烘烘) takes the polarity of the longest
     * sentiment word inside it.
     */
    private double polarity(String word, String nature) {
        double direct = direct(word);
        if (direct != 0 || word.length() < 3 || word.length() > 8 || nature.startsWith("nr") || nature.startsWith("ns")
                || nature.startsWith("nt") || nature.startsWith("m") || nature.startsWith("t")) {
            return direct;
        }
        for (int length = word.length() - 1; length >= 2; length--) {
            for (int start = 0; start + length <= word.length(); start++) {
                if (!firstChars.get(word.charAt(start))) {
                    continue;
                }
                double inner = direct(word.substring(start, start + length));
                if (inner != 0) {
                    return inner;
                }
            }
        }
        return 0;
    }

    private double direct(String word) {
        Double value = polarities.get(word);
        return value == null ? 0 : value;
    }

    /** @return whether the word is a sentiment word of either polarity */
    public boolean isSentimentWord(String word) {
        return polarities.containsKey(word);
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
