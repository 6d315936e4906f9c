package org.qianliyan.nlp.keywords;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import org.qianliyan.nlp.Token;
import org.qianliyan.nlp.segment.DomainDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank keywords over already segmented tokens (so the document is segmented once): candidates are nouns,
 * verbs, adjectives and domain words of two chars or more that are not stop words (HanLP's stop-word list, read
 * only); co-occurrence window of 5; at most 20 iterations; domain-dictionary words get their score multiplied by
 * {@value #DOMAIN_BOOST}. Thread-safe.
 */
public final class TextRankKeywords {

    static final double DOMAIN_BOOST = 1.5;
    private static final int WINDOW = 5;
    private static final int MAX_ITERATIONS = 20;
    private static final int MAX_CANDIDATES = 1_000;
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
        Map<String, Integer> ids = new HashMap<>(tokens.size());
        List<String> words = new ArrayList<>();
        int[] sequence = new int[tokens.size()];
        int length = 0;
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
            sequence[length++] = id;
        }
        int n = words.size();
        if (n == 0) {
            return List.of();
        }
        double[] rank = rank(Graph.of(sequence, length, n), n);
        for (int i = 0; i < n; i++) {
            if (dictionary.isDomainWord(words.get(i))) {
                rank[i] *= DOMAIN_BOOST;
            }
        }
        // partial selection: only the best `limit` are needed
        int wanted = Math.min(limit, n);
        List<Keyword> keywords = new ArrayList<>(wanted);
        boolean[] taken = new boolean[n];
        for (int k = 0; k < wanted; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || rank[i] > rank[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            keywords.add(new Keyword(words.get(best), Math.round(rank[best] * 10_000) / 10_000.0));
        }
        return keywords;
    }

    /**
     * Co-occurrence graph in compressed sparse rows: neighbours of i are {@code target[start[i]..start[i+1])} in
     * ascending order, and {@code share[e]} is the part of target's rank that edge e passes on (edge weight over the
     * target's total weight), computed once instead of in every iteration.
     */
    private record Graph(int[] start, int[] target, double[] share) {

        static Graph of(int[] sequence, int length, int n) {
            // Every co-occurrence, in both directions, bucketed by its source word (counting sort), which replaced a
            // comparison sort of all pairs, the costliest step of the whole extraction.
            int[] bucketEnd = new int[n + 1];
            for (int i = 0; i < length; i++) {
                for (int j = i + 1; j < Math.min(length, i + WINDOW); j++) {
                    if (sequence[i] != sequence[j]) {
                        bucketEnd[sequence[i] + 1]++;
                        bucketEnd[sequence[j] + 1]++;
                    }
                }
            }
            // weightSum[i]: co-occurrences of i counted with repetition (= the size of its bucket)
            double[] weightSum = new double[n];
            for (int i = 0; i < n; i++) {
                weightSum[i] = bucketEnd[i + 1];
                bucketEnd[i + 1] += bucketEnd[i];
            }
            int[] fill = Arrays.copyOf(bucketEnd, n);
            int[] unordered = new int[bucketEnd[n]];
            for (int i = 0; i < length; i++) {
                for (int j = i + 1; j < Math.min(length, i + WINDOW); j++) {
                    int a = sequence[i];
                    int b = sequence[j];
                    if (a != b) {
                        unordered[fill[a]++] = b;
                        unordered[fill[b]++] = a;
                    }
                }
            }
            // The relation is symmetric, so walking the words in ascending order and appending each to the buckets
            // of its neighbours leaves every bucket sorted: the ranks sum neighbours in ascending order, as before.
            System.arraycopy(bucketEnd, 0, fill, 0, n);
            int[] neighbours = new int[unordered.length];
            for (int word = 0; word < n; word++) {
                for (int k = bucketEnd[word]; k < bucketEnd[word + 1]; k++) {
                    neighbours[fill[unordered[k]]++] = word;
                }
            }
            int[] start = new int[n + 1];
            int[] target = new int[neighbours.length];
            int[] weight = new int[neighbours.length];
            int edges = 0;
            for (int i = 0; i < n; i++) {
                for (int k = bucketEnd[i]; k < bucketEnd[i + 1]; k++) {
                    if (k > bucketEnd[i] && neighbours[k] == neighbours[k - 1]) {
                        weight[edges - 1]++;
                    } else {
                        target[edges] = neighbours[k];
                        weight[edges++] = 1;
                    }
                }
                start[i + 1] = edges;
            }
            double[] share = new double[edges];
            for (int e = 0; e < edges; e++) {
                share[e] = weight[e] / weightSum[target[e]];
            }
            return new Graph(start, target, share);
        }
    }

    private static double[] rank(Graph g, int n) {
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                    sum += g.share[e] * rank[g.target[e]];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                change = Math.max(change, Math.abs(next[i] - rank[i]));
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (change < 1e-3) {
                break;
            }
        }
        return rank;
    }

    private boolean isCandidate(Token t) {
        String w = t.word();
        if (w.length() < 2 || t.punctuation()) {
            return false;
        }
        if (dictionary.isDomainWord(w)) {
            return true;
        }
        String nature = t.nature();
        char kind = nature.isEmpty() ? 'x' : nature.charAt(0);
        boolean contentWord = kind == 'n' || kind == 'a' || nature.equals("gi") || nature.equals("i")
                || (kind == 'v' && !nature.equals("vshi") && !nature.equals("vyou"));
        return contentWord && !allDigits(w) && !CoreStopWordDictionary.contains(w);
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
