package org.qianliyan.nlp.segment;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.qianliyan.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's standard (Viterbi) segmentation with our {@link DomainDictionary}; thread-safe (HanLP segments keep no
 * per-call state). Input must already be normalised with {@link TextNormalizer}.
 */
public final class Segmenter {

    private final Segment segment;
    private final DomainDictionary dictionary;

    /** @param dictionary the domain dictionary to combine with HanLP's core dictionary */
    public Segmenter(DomainDictionary dictionary) {
        HanLpRuntime.ensureInitialised();
        this.dictionary = dictionary;
        this.segment = new ViterbiSegment()
                .enableCustomDictionary(dictionary.hanlpDictionary())
                .enableOffset(true);
    }

    /**
     * @param normalizedText text from {@link TextNormalizer#normalize(String)}
     * @return tokens with offsets, including punctuation
     */
    public List<Token> segment(String normalizedText) {
        if (normalizedText.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.seg(normalizedText);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String nature = term.nature == null ? "x" : term.nature.toString();
            tokens.add(new Token(term.word, nature, term.offset));
        }
        return tokens;
    }

    /** @return the dictionary this segmenter uses */
    public DomainDictionary dictionary() {
        return dictionary;
    }
}
