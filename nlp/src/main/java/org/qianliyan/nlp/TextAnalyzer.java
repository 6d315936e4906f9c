package org.qianliyan.nlp;

import org.qianliyan.nlp.dedup.SimHash;
import org.qianliyan.nlp.keywords.Keyword;
import org.qianliyan.nlp.keywords.TextRankKeywords;
import org.qianliyan.nlp.link.FacilityGazetteer;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.nlp.link.FacilityName;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.nlp.link.PlaceLink;
import org.qianliyan.nlp.link.RegionGazetteer;
import org.qianliyan.nlp.privacy.PiiMasker;
import org.qianliyan.nlp.segment.DomainDictionary;
import org.qianliyan.nlp.segment.Segmenter;
import org.qianliyan.nlp.segment.TextNormalizer;
import org.qianliyan.nlp.sentiment.Sentiment;
import org.qianliyan.nlp.sentiment.SentimentClassifier;
import org.qianliyan.nlp.sentiment.SentimentLexicon;
import org.qianliyan.nlp.sentiment.SentimentModel;
import org.qianliyan.nlp.topic.Complaint;
import org.qianliyan.nlp.topic.ComplaintDetector;
import org.qianliyan.nlp.topic.Topic;
import org.qianliyan.nlp.topic.TopicClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The analyzer: built once from {@link NlpSettings} and a {@link FacilitySource}, then used from any number of
 * threads. Each document is normalised and segmented once; everything else works on that.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = new TextAnalyzer(NlpSettings.defaults(), facilitySource);
 * AnalysisResult result = analyzer.analyze("金乡盛运半夜偷排黑烟，刺鼻难闻，已打12369投诉");
 * List<String> words = analyzer.segmentForIndex("垃圾焚燒廠");   // same words at index and at query time
 * }</pre>
 *
 * <p>Personal data (see {@link PiiMasker}) is masked before anything else, so the tokens, keywords and masked text
 * of the result never carry it.
 *
 * <p>Work per document is bounded: input beyond {@link NlpSettings#maxTextLength()} chars is cut off (the result
 * says so), and every step is linear or near-linear in the text length.
 */
public final class TextAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(TextAnalyzer.class);

    private final NlpSettings settings;
    private final FacilitySource source;
    /** Everything built from the facilities, swapped whole when they are re-read. */
    private volatile Gazetteers gazetteers;
    private final SentimentClassifier sentiment;
    private final TopicClassifier topics = new TopicClassifier();
    private final ComplaintDetector complaints = new ComplaintDetector();
    private final PiiMasker piiMasker = new PiiMasker();
    private final SimHash simHash;

    /**
     * @param settings settings
     * @param source   facilities to link against, read now and again on {@link #reloadFacilities()}
     * @throws NlpException when a dictionary or the model cannot be read
     */
    public TextAnalyzer(NlpSettings settings, FacilitySource source) {
        this.settings = settings;
        this.source = source;
        this.gazetteers = Gazetteers.build(settings, source);
        Optional<SentimentModel> model = Optional.ofNullable(settings.sentimentModel())
                .filter(Files::isRegularFile)
                .map(SentimentModel::read);
        this.sentiment = new SentimentClassifier(SentimentLexicon.load(), model);
        this.simHash = new SimHash(settings.simHashThreshold());
        LOG.info("Text analyzer ready: {} facilities, sentiment from {}", gazetteers.facilities().size(),
                model.isPresent() ? "lexicon and model " + settings.sentimentModel() : "lexicon only");
    }

    /**
     * Reads the facilities again and rebuilds the gazetteers and the dictionary from them, so
     * facilities imported after start are linked; analyses running meanwhile finish with the
     * previous ones.
     *
     * @return how many facilities are now known
     */
    public int reloadFacilities() {
        Gazetteers rebuilt = Gazetteers.build(settings, source);
        gazetteers = rebuilt;
        LOG.info("Text analyzer reloaded: {} facilities", rebuilt.facilities().size());
        return rebuilt.facilities().size();
    }

    /** The parts of the analyzer that depend on the facilities. */
    private record Gazetteers(RegionGazetteer regions, FacilityGazetteer facilities, Segmenter segmenter,
                              TextRankKeywords keywords) {

        static Gazetteers build(NlpSettings settings, FacilitySource source) {
            List<FacilityName> names = source.facilities();
            RegionGazetteer regions = RegionGazetteer.build(names);
            FacilityGazetteer facilities = FacilityGazetteer.build(names, regions);
            List<String[]> words = new ArrayList<>(regions.dictionaryWords());
            words.addAll(facilities.dictionaryWords());
            DomainDictionary dictionary = DomainDictionary.load(settings.extraDictionaries(), words);
            return new Gazetteers(regions, facilities, new Segmenter(dictionary), new TextRankKeywords(dictionary));
        }
    }

    /**
     * @param text any text; null is rejected
     * @return the analysis; never throws for odd content (empty, binary, emoji, very long)
     * @throws NlpException when text is null
     */
    public AnalysisResult analyze(String text) {
        String input = requireText(text);
        boolean truncated = input.length() > settings.maxTextLength();
        String analysed = truncated ? cut(input, settings.maxTextLength()) : input;
        // Masked before segmentation, so no token, keyword or indexed word carries a phone or ID number (docs/design-notes.md).
        String masked = piiMasker.mask(analysed);
        String normalized = TextNormalizer.normalize(masked);
        Gazetteers current = gazetteers;
        List<Token> all = current.segmenter().segment(normalized);
        List<Token> words = all.stream().filter(t -> !t.punctuation()).toList();
        Sentiment polarity = sentiment.classify(all);
        Set<Topic> topicSet = topics.classify(normalized);
        List<PlaceLink> places = current.regions().find(normalized);
        List<FacilityLink> linked = current.facilities().find(normalized, places);
        Complaint complaint = complaints.detect(normalized, polarity, topicSet, !places.isEmpty() || !linked.isEmpty());
        List<Keyword> keywordList = current.keywords().extract(words, settings.maxKeywords());
        return new AnalysisResult(words, polarity, topicSet, complaint, places, linked, keywordList,
                masked, simHash.fingerprint(masked), truncated, analysed.length());
    }

    /**
     * The one segmentation used both when indexing and when querying: normalised (half width, simplified, lower
     * case) words without punctuation.
     *
     * @param text any text
     * @return the words
     */
    public List<String> segmentForIndex(String text) {
        String input = requireText(text);
        String analysed = input.length() > settings.maxTextLength() ? cut(input, settings.maxTextLength()) : input;
        List<Token> tokens = gazetteers.segmenter().segment(TextNormalizer.normalize(analysed));
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!t.punctuation()) {
                words.add(t.word().strip());
            }
        }
        return words;
    }

    /**
     * @param text any text
     * @return the text with personal data masked (see {@link PiiMasker})
     */
    public String maskPii(String text) {
        return piiMasker.mask(requireText(text));
    }

    /** @return the SimHash configured with the settings' threshold */
    public SimHash simHash() {
        return simHash;
    }

    /** @return the settings this analyzer was built with */
    public NlpSettings settings() {
        return settings;
    }

    private static String requireText(String text) {
        if (text == null) {
            throw new NlpException("text must not be null");
        }
        return text;
    }

    /** Cuts at {@code max} without splitting a surrogate pair. */
    private static String cut(String text, int max) {
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
