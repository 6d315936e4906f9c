package org.qianliyan.nlp.link;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Leftmost-longest selection of non-overlapping Aho-Corasick matches. */
final class LongestMatch {

    record Match<V>(int begin, int end, V value) {
    }

    private LongestMatch() {
    }

    static <V> List<Match<V>> find(AhoCorasickDoubleArrayTrie<V> trie, String text) {
        List<Match<V>> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, value) -> hits.add(new Match<>(begin, end, value)));
        if (hits.size() <= 1) {
            return hits;
        }
        hits.sort(Comparator.<Match<V>>comparingInt(Match::begin).thenComparingInt(h -> -(h.end() - h.begin())));
        List<Match<V>> chosen = new ArrayList<>();
        int covered = -1;
        for (Match<V> hit : hits) {
            if (hit.begin() >= covered) {
                chosen.add(hit);
                covered = hit.end();
            } else {
                Match<V> last = chosen.get(chosen.size() - 1);
                // a longer match starting inside the previous one wins (长沙县 over 长沙)
                if (hit.end() - hit.begin() > last.end() - last.begin()) {
                    chosen.set(chosen.size() - 1, hit);
                    covered = hit.end();
                }
            }
        }
        return chosen;
    }
}
