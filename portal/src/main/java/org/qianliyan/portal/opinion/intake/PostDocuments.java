package org.qianliyan.portal.opinion.intake;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.Token;
import org.qianliyan.nlp.keywords.Keyword;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.nlp.link.PlaceLink;
import org.qianliyan.nlp.topic.Topic;

/**
 * Builds the {@code posts} document of a crawled document and its analysis (docs/design-notes.md, Elasticsearch): the
 * segmented words space-joined in {@code *_words} (whitespace analyzer, word recall) next to
 * the text (standard analyzer, exact phrase search), the analysis, the SimHash with its
 * bands, and the story the post belongs to. Every indexed or displayed text field holds the
 * {@link MaskedPost}; the raw title and text are only stored, for staff.
 */
final class PostDocuments {

    private PostDocuments() {
    }

    static Map<String, Object> of(CrawledDocument d, MaskedPost masked, AnalysisResult a, List<String> titleWords,
            List<String> bands, String storyId, int repostCount) {
        Map<String, Object> doc = new HashMap<>();
        doc.put(PostFields.URL, d.url());
        doc.put(PostFields.CANONICAL_URL, d.canonicalUrl());
        doc.put(PostFields.SOURCE_ID, d.sourceId());
        doc.put(PostFields.KIND, d.kind().name());
        doc.put(PostFields.AUTHOR, d.author());
        doc.put(PostFields.PUBLISHED_AT, text(d.publishedAt()));
        doc.put(PostFields.FETCHED_AT, text(d.fetchedAt()));
        doc.put(PostFields.RAW_TITLE, d.title());
        doc.put(PostFields.RAW_TEXT, d.text());
        doc.put(PostFields.CONTENT_HASH, d.contentHash());
        doc.putAll(searchable(masked, a, titleWords));
        doc.put(PostFields.SIMHASH, a.simHash());
        doc.put(PostFields.SIMHASH_BANDS, bands);
        doc.put(PostFields.STORY_ID, storyId);
        doc.put(PostFields.REPOST_COUNT, repostCount);
        doc.put(PostFields.ENGAGEMENT, engagement(d.engagement()));
        return doc;
    }

    /** The fields public search reads or shows, and the analysis: all from the masked post. */
    static Map<String, Object> searchable(MaskedPost masked, AnalysisResult a, List<String> titleWords) {
        Map<String, Object> doc = new HashMap<>();
        doc.put(PostFields.TITLE, masked.title());
        doc.put(PostFields.TITLE_WORDS, String.join(" ", titleWords));
        doc.put(PostFields.TEXT, masked.text());
        doc.put(PostFields.TEXT_WORDS, String.join(" ", a.tokens().stream().map(Token::word).map(String::strip).toList()));
        doc.put(PostFields.MASKED_TEXT, a.maskedText());
        doc.put(PostFields.HTML, masked.html());
        doc.put(PostFields.PII_MASKED, true);
        doc.put(PostFields.SENTIMENT, a.sentiment().label().name());
        doc.put(PostFields.SENTIMENT_SCORE, a.sentiment().score());
        doc.put(PostFields.TOPICS, a.topics().stream().map(Topic::name).sorted().toList());
        doc.put(PostFields.COMPLAINT, a.complaint().complaint());
        doc.put(PostFields.COMPLAINT_SCORE, a.complaint().score());
        doc.put(PostFields.PLACES, distinct(a.places().stream().map(p -> p.region().name()).toList()));
        doc.put(PostFields.PROVINCES, distinct(a.places().stream().map(PlaceLink::region)
                .map(r -> r.province()).filter(p -> p != null).toList()));
        doc.put(PostFields.FACILITY_IDS, distinct(a.facilities().stream().map(FacilityLink::id).toList()));
        doc.put(PostFields.FACILITY_NAMES, distinct(a.facilities().stream().map(FacilityLink::name).toList()));
        doc.put(PostFields.KEYWORDS, a.keywords().stream().map(Keyword::word).toList());
        return doc;
    }

    private static Map<String, Object> engagement(Engagement e) {
        Map<String, Object> m = new HashMap<>();
        putKnown(m, "reads", e.reads());
        putKnown(m, "likes", e.likes());
        putKnown(m, "reposts", e.reposts());
        putKnown(m, "comments", e.comments());
        putKnown(m, "followers", e.followers());
        return m;
    }

    private static void putKnown(Map<String, Object> m, String key, long value) {
        if (value >= 0) {
            m.put(key, value);
        }
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
