package org.qianliyan.portal.opinion.intake;

/** Field names of the {@code posts} documents written by the crawl pipeline. */
public final class PostFields {

    public static final String URL = "url";
    public static final String CANONICAL_URL = "canonical_url";
    public static final String SOURCE_ID = "source_id";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String TITLE_WORDS = "title_words";
    public static final String AUTHOR = "author";
    public static final String PUBLISHED_AT = "published_at";
    public static final String FETCHED_AT = "fetched_at";
    public static final String TEXT = "text";
    /** The unmasked title and text: stored, never indexed, never read by a public query (DESIGN §8). */
    public static final String RAW_TITLE = "raw_title";
    public static final String RAW_TEXT = "raw_text";
    /** True once title, text, markup, words and keywords are masked; older posts are masked again on start. */
    public static final String PII_MASKED = "pii_masked";
    public static final String TEXT_WORDS = "text_words";
    public static final String MASKED_TEXT = "masked_text";
    public static final String HTML = "sanitized_html";
    public static final String CONTENT_HASH = "content_hash";
    public static final String SENTIMENT = "sentiment";
    public static final String SENTIMENT_SCORE = "sentiment_score";
    public static final String TOPICS = "topics";
    public static final String COMPLAINT = "complaint";
    public static final String COMPLAINT_SCORE = "complaint_score";
    public static final String PLACES = "places";
    public static final String PROVINCES = "provinces";
    public static final String FACILITY_IDS = "facility_ids";
    public static final String FACILITY_NAMES = "facility_names";
    public static final String KEYWORDS = "keywords";
    public static final String SIMHASH = "simhash";
    public static final String SIMHASH_BANDS = "simhash_bands";
    public static final String STORY_ID = "story_id";
    public static final String REPOST_COUNT = "repost_count";
    public static final String ENGAGEMENT = "engagement";
    /** True on the generated 示例 posts of a fresh installation (opinion demo), absent on crawled ones. */
    public static final String DEMO = "demo";

    private PostFields() {
    }
}
