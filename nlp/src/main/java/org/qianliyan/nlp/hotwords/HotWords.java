package org.qianliyan.nlp.hotwords;

import org.qianliyan.nlp.NlpException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hot words of a time window: words found in a larger share of the window's documents than of the background's,
 * ranked by Dunning's log-likelihood ratio G² over the 2×2 table of documents with and without the word. Words
 * are counted once per document, so one long post repeating a word does not make it hot. Stateless and thread-safe.
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
        long windowDocs = Math.max(1, window.size());
        long backgroundDocs = Math.max(1, background.size());
        List<HotWord> hot = new ArrayList<>();
        for (Map.Entry<String, Long> e : w.entrySet()) {
            long a = e.getValue();
            long c = b.getOrDefault(e.getKey(), 0L);
            if (a < minWindowDocuments || (double) a / windowDocs <= (double) c / backgroundDocs) {
                continue;
            }
            hot.add(new HotWord(e.getKey(), Math.round(g2(a, windowDocs - a, c, backgroundDocs - c) * 100) / 100.0,
                    a, c));
        }
        hot.sort((x, y) -> Double.compare(y.score(), x.score()));
        return List.copyOf(hot.subList(0, Math.min(limit, hot.size())));
    }

    /** G² of the 2×2 table: documents with/without the word, in the window/in the background. */
    static double g2(double a, double b, double c, double d) {
        double n = a + b + c + d;
        return 2 * (term(a, (a + b) * (a + c) / n) + term(b, (a + b) * (b + d) / n)
                + term(c, (c + d) * (a + c) / n) + term(d, (c + d) * (b + d) / n));
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
