package org.qianliyan.nlp.topic;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighted cue phrases grouped under {@code [SECTION]} headers (or one anonymous section), found in text with an
 * Aho-Corasick trie so that matching does not depend on segmentation.
 */
final class CueTrie {

    record Cue(String section, double weight) {
    }

    private final AhoCorasickDoubleArrayTrie<List<Cue>> trie = new AhoCorasickDoubleArrayTrie<>();

    CueTrie(String resource) {
        TreeMap<String, List<Cue>> cues = new TreeMap<>();
        try (InputStream in = CueTrie.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NlpException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                String[] parts = line.split("\\s+");
                double weight = parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0;
                cues.computeIfAbsent(TextNormalizer.normalize(parts[0]), k -> new ArrayList<>())
                        .add(new Cue(section, weight));
            }
        } catch (IOException | NumberFormatException e) {
            throw new NlpException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        trie.build(cues);
    }

    /** Calls back with every cue occurrence (overlaps included). */
    void forEach(String normalizedText, java.util.function.BiConsumer<Integer, Cue> consumer) {
        trie.parseText(normalizedText, (begin, end, list) -> list.forEach(cue -> consumer.accept(begin, cue)));
    }
}
