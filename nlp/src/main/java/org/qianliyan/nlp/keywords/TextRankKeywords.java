package org.qianliyan.nlp.keywords;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import org.qianliyan.nlp.Token;
import org.qianliyan.nlp.segment.DomainDictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank keywords over already segmented tokens (so the document is segmented once): candidates are nouns,
 * verbs, adjectives and domain words of two chars or more that are not stop words (HanLP's stop-word list, read
 * only); co-occurrence window of 5; at most 30 iterations; domain-dictionary words get their score multiplied by
 * {@value #DOMAIN_BOOST}. Thread-safe.
 */
public final class TextRankKeywords {

    static final double DOMAIN_BOOST = 1.5;
    private static final int WINDOW = 5;
    private static final int MAX_ITERATIONS = 30;
    private static final int MAX_CANDIDATES = 2_000;
    private static final double DAMPING = 0.85;

    private final DomainDictionary dictionary;

    /** @param dictionary tells which words are domain vocabulary */
    public TextRankKeywords(DomainDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * @param tokens segmented text
     * @param limit  number of keywords wanted
     * @return keywords, best first
     */
    public List<Keyword> extract(List<Token> tokens, int limit) {
        if (limit == 0) {
            return List.of();
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<Integer> sequence = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!isCandidate(t)) {
                continue;
            }
            Integer id = ids.get(t.word());
            if (id == null) {
                if (words.size() >= MAX_CANDIDATES) {
                    continue;
                }
                id = words.size();
                ids.put(t.word(), id);
                words.add(t.word());
            }
            sequence.add(id);
        }
        int n = words.size();
        if (n == 0) {
            return List.of();
        }
        List<Map<Integer, Integer>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new HashMap<>());
        }
        for (int i = 0; i < sequence.size(); i++) {
            for (int j = i + 1; j < Math.min(sequence.size(), i + WINDOW); j++) {
                int a = sequence.get(i);
                int b = sequence.get(j);
                if (a != b) {
                    edges.get(a).merge(b, 1, Integer::sum);
                    edges.get(b).merge(a, 1, Integer::sum);
                }
            }
        }
        double[] rank = rank(edges, n);
        List<Keyword> keywords = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double boost = dictionary.isDomainWord(words.get(i)) ? DOMAIN_BOOST : 1;
            keywords.add(new Keyword(words.get(i), Math.round(rank[i] * boost * 10_000) / 10_000.0));
        }
        keywords.sort((x, y) -> Double.compare(y.score(), x.score()));
        return List.copyOf(keywords.subList(0, Math.min(limit, keywords.size())));
    }

    private static double[] rank(List<Map<Integer, Integer>> edges, int n) {
        double[] weightSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int w : edges.get(i).values()) {
                weightSums[i] += w;
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (Map.Entry<Integer, Integer> e : edges.get(i).entrySet()) {
                    int j = e.getKey();
                    sum += e.getValue() / weightSums[j] * rank[j];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                change = Math.max(change, Math.abs(next[i] - rank[i]));
            }
            rank = next;
            if (change < 1e-4) {
                break;
            }
        }
        return rank;
    }

    private boolean isCandidate(Token t) {
        String w = t.word();
        if (w.length() < 2 || t.punctuation() || CoreStopWordDictionary.contains(w)) {
            return false;
        }
        if (dictionary.isDomainWord(w)) {
            return true;
        }
        String nature = t.nature();
        return (nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.equals("gi")
                || nature.equals("i")) && !nature.equals("vshi") && !nature.equals("vyou")
                && !w.chars().allMatch(Character::isDigit);
    }
}
