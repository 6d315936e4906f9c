package org.qianliyan.nlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Immutable settings of the text analyzer.
 *
 * @param extraDictionaries optional user dictionaries (jieba/HanLP format: {@code word [nature] [freq]} per line)
 *                          added to the domain dictionary shipped with the module
 * @param sentimentModel    path of a model written by {@link org.qianliyan.nlp.sentiment.SentimentTrainer};
 *                          may be {@code null} or point to a missing file, in which case the lexicon alone is used
 * @param simHashThreshold  maximum Hamming distance (0..64) at which two SimHashes are near-duplicates
 * @param maxTextLength     documents longer than this (in chars) are truncated before analysis, which bounds the
 *                          work per document; the result says so
 * @param maxKeywords       number of keywords returned per document
 */
public record NlpSettings(List<Path> extraDictionaries, Path sentimentModel, int simHashThreshold,
                          int maxTextLength, int maxKeywords) {

    /** Default Hamming threshold: tuned on the repost tests (see docs/nlp/EVALUATION.md). */
    public static final int DEFAULT_SIMHASH_THRESHOLD = 10;
    /** Default maximum analysed length: 20,000 chars (a long article), about 10 ms of segmentation. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;

    /** Validates the values at the door. */
    public NlpSettings {
        extraDictionaries = List.copyOf(Objects.requireNonNull(extraDictionaries, "extraDictionaries"));
        if (simHashThreshold < 0 || simHashThreshold > 64) {
            throw new NlpException("simHashThreshold must be within 0..64, was " + simHashThreshold);
        }
        if (maxTextLength < 1) {
            throw new NlpException("maxTextLength must be positive, was " + maxTextLength);
        }
        if (maxKeywords < 0) {
            throw new NlpException("maxKeywords must not be negative, was " + maxKeywords);
        }
    }

    /** @return settings without extra dictionaries or trained model */
    public static NlpSettings defaults() {
        return new NlpSettings(List.of(), null, DEFAULT_SIMHASH_THRESHOLD, DEFAULT_MAX_TEXT_LENGTH, 8);
    }

    /** @return a copy using the given extra dictionaries */
    public NlpSettings withExtraDictionaries(List<Path> paths) {
        return new NlpSettings(paths, sentimentModel, simHashThreshold, maxTextLength, maxKeywords);
    }

    /** @return a copy using the given sentiment model path */
    public NlpSettings withSentimentModel(Path path) {
        return new NlpSettings(extraDictionaries, path, simHashThreshold, maxTextLength, maxKeywords);
    }

    /** @return a copy with the given maximum text length */
    public NlpSettings withMaxTextLength(int length) {
        return new NlpSettings(extraDictionaries, sentimentModel, simHashThreshold, length, maxKeywords);
    }
}
