package org.qianliyan.portal.analysis;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.nlp.*}: settings of the Chinese text analysis.
 *
 * @param extraDictionaries user dictionaries added to our domain dictionary (one word per line, optional nature and frequency)
 * @param sentimentModel    the trained sentiment model; relative paths are under the data directory. Used when present,
 *                          otherwise the complaint-aware lexicon alone decides
 * @param simHashThreshold  Hamming distance at which two texts count as the same story
 * @param maxTextLength     characters analysed per document; longer texts are truncated, which bounds the time per document
 */
@Validated
@ConfigurationProperties("qianliyan.nlp")
public record NlpProperties(
        @DefaultValue List<Path> extraDictionaries,
        @DefaultValue("models/sentiment.model") Path sentimentModel,
        @DefaultValue("8") @Min(0) @Max(64) int simHashThreshold,
        @DefaultValue("20000") @Min(100) int maxTextLength) {
}
