package org.qianliyan.nlp.segment;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.qianliyan.nlp.NlpException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The module's own domain dictionary (pollutants, processes, enforcement and complaint vocabulary, shipped as a
 * resource) plus optional user dictionaries, held in a private trie on top of HanLP's read-only built-in custom
 * dictionary. HanLP's global {@code CustomDictionary} is never modified.
 *
 * <p>Line format, shared with jieba and HanLP: {@code word}, {@code word freq}, {@code word nature} or
 * {@code word nature freq}; {@code #} starts a comment.
 */
public final class DomainDictionary {

    static final String RESOURCE = "/org/qianliyan/nlp/domain-dictionary.txt";

    private final DynamicCustomDictionary dictionary;
    private final Set<String> domainWords;

    private DomainDictionary(DynamicCustomDictionary dictionary, Set<String> domainWords) {
        this.dictionary = dictionary;
        this.domainWords = domainWords;
    }

    /**
     * @param extraPaths optional user dictionaries
     * @param extraWords further words (facility short names, region names) with their HanLP nature
     * @return the dictionary
     * @throws NlpException when a path cannot be read
     */
    public static DomainDictionary load(List<Path> extraPaths, Collection<String[]> extraWords) {
        HanLpRuntime.ensureInitialised();
        DynamicCustomDictionary dictionary =
                new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<CoreDictionary.Attribute>(), null);
        Set<String> domain = new HashSet<>();
        try (InputStream in = DomainDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NlpException("missing resource " + RESOURCE);
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), dictionary, domain);
        } catch (IOException e) {
            throw new NlpException("cannot read " + RESOURCE, e);
        }
        for (Path path : extraPaths) {
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                read(reader, dictionary, null);
            } catch (IOException | RuntimeException e) {
                throw new NlpException("cannot read extra dictionary " + path + ": " + e.getMessage(), e);
            }
        }
        for (String[] word : extraWords) {
            insert(dictionary, TextNormalizer.normalize(word[0]), word[1] + " 1000");
        }
        return new DomainDictionary(dictionary, Collections.unmodifiableSet(domain));
    }

    private static void read(BufferedReader reader, DynamicCustomDictionary dictionary, Set<String> domain)
            throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String word = TextNormalizer.normalize(parts[0]);
            if (word.length() < 2) {
                continue;
            }
            String nature = "nz";
            if (parts.length >= 2 && !parts[1].chars().allMatch(Character::isDigit)) {
                nature = parts[1];
            }
            insert(dictionary, word, nature + " 1000");
            if (domain != null) {
                domain.add(word);
            }
        }
    }

    private static void insert(DynamicCustomDictionary dictionary, String word, String natureAndFrequency) {
        if (word.length() >= 2 && !word.isBlank()) {
            dictionary.insert(word, natureAndFrequency);
        }
    }

    /** @return HanLP's dictionary object, for the segmenter only */
    DynamicCustomDictionary hanlpDictionary() {
        return dictionary;
    }

    /** @return whether the (normalised) word belongs to our own domain vocabulary */
    public boolean isDomainWord(String word) {
        return domainWords.contains(word);
    }
}
