package org.qianliyan.nlp.hotwords;

import org.qianliyan.nlp.NlpException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hot words of a time window: words whose relative frequency in the window's documents exceeds that in a
 * background corpus, ranked by Dunning's log-likelihood ratio G². Words are counted once per document, so one
 * long post repeating a word does not make it hot. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<HotWord> hot = new HotWords(3).rising(windowDocsTokens, backgroundDocsTokens, 20);
 * }</pre>
 */
public final class HotWords {

    private final int minWindowDocuments;

    /** @param minWindowDocuments a word must appear in at least this many window documents */
    public HotWords(int minWindowDocuments) {
        if (minWindowDocuments < 1) {
            throw new NlpException("minWindowDocuments must be positive, was " + minWindowDocuments);
        }
        this.minWindowDocuments = minWindowDocuments;
    }

    /**
     * @param window     each window document's words (e.g. {@code TextAnalyzer.segmentForIndex})
     * @param background each background document's words
     * @param limit      how many to return
     * @return rising words, highest G² first
     */
    public List<HotWord> rising(Collection<? extends Collection<String>> window,
                                Collection<? extends Collection<String>> background, int limit) {
        Map<String, Long> w = documentFrequencies(window);
        Map<String, Long> b = documentFrequencies(background);
        double n1 = Math.max(1, w.values().stream().mapToLong(Long::longValue).sum());
        double n2 = Math.max(1, b.values().stream().mapToLong(Long::longValue).sum());
        List<HotWord> hot = new ArrayList<>();
        for (Map.Entry<String, Long> e : w.entrySet()) {
            long a = e.getValue();
            long c = b.getOrDefault(e.getKey(), 0L);
            if (a < minWindowDocuments || a / n1 <= c / n2) {
                continue;
            }
            double expected1 = n1 * (a + c) / (n1 + n2);
            double expected2 = n2 * (a + c) / (n1 + n2);
            double g2 = 2 * (term(a, expected1) + term(c, expected2));
            hot.add(new HotWord(e.getKey(), Math.round(g2 * 100) / 100.0, a, c));
        }
        hot.sort((x, y) -> Double.compare(y.score(), x.score()));
        return List.copyOf(hot.subList(0, Math.min(limit, hot.size())));
    }

    private static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static Map<String, Long> documentFrequencies(Collection<? extends Collection<String>> docs) {
        Map<String, Long> df = new HashMap<>();
        for (Collection<String> doc : docs) {
            doc.stream().filter(word -> word.length() >= 2).distinct().forEach(word -> df.merge(word, 1L, Long::sum));
        }
        return df;
    }
}
