package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.util.HexFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.url.CanonicalUrl;

/** Builds {@link CrawledDocument}s: sanitizes HTML (docs/design-notes.md, Privacy and safety), hashes the text, canonicalises the URL. */
public final class DocumentFactory {

    private static final Safelist SAFELIST = SafeMarkup.safelist();

    private DocumentFactory() {
    }

    /**
     * @param url         the document's URL
     * @param profile     its source
     * @param title       title
     * @param author      author or null
     * @param publishedAt publication time or null
     * @param body        the body element (its text and sanitized HTML are used)
     * @param engagement  counts
     * @param fetchedAt   fetch time
     * @param disclosure  penalty fields or null
     * @return the document
     */
    public static CrawledDocument fromElement(String url, SourceProfile profile, String title, String author,
            Instant publishedAt, Element body, Engagement engagement, Instant fetchedAt, DisclosureRecord disclosure) {
        SanitizedBody sanitized = body == null ? new SanitizedBody("", "") : SanitizedBody.of(body, url);
        return build(url, profile, title, author, publishedAt, sanitized.text(), sanitized.html(), engagement, fetchedAt,
                disclosure);
    }

    /**
     * An article whose publish time may be a date only.
     *
     * @param published the publish time, or null when unknown
     */
    public static CrawledDocument fromElement(String url, SourceProfile profile, String title, String author,
            PublishTime published, Element body, Engagement engagement, Instant fetchedAt) {
        CrawledDocument doc = fromElement(url, profile, title, author, published == null ? null : published.instant(), body,
                engagement, fetchedAt, null);
        return published == null || !published.dateOnly() ? doc : new CrawledDocument(doc.url(), doc.canonicalUrl(),
                doc.sourceId(), doc.kind(), doc.title(), doc.author(), doc.publishedAt(), doc.text(), doc.sanitizedHtml(),
                doc.engagement(), doc.fetchedAt(), doc.contentHash(), doc.disclosure(), true);
    }

    /** Like {@link #fromElement} for bodies that are already text (feeds, JSON); the HTML is sanitized here. */
    public static CrawledDocument fromText(String url, SourceProfile profile, String title, String author,
            Instant publishedAt, String text, String unsafeHtml, Engagement engagement, Instant fetchedAt,
            DisclosureRecord disclosure) {
        String html = unsafeHtml == null ? "" : Jsoup.clean(unsafeHtml, url, SAFELIST);
        return build(url, profile, title, author, publishedAt, text, html, engagement, fetchedAt, disclosure);
    }

    private static CrawledDocument build(String url, SourceProfile profile, String title, String author,
            Instant publishedAt, String text, String html, Engagement engagement, Instant fetchedAt,
            DisclosureRecord disclosure) {
        return new CrawledDocument(url, CanonicalUrl.tryOf(url).orElse(url), profile.id(), profile.kind(),
                clean(title), clean(author), publishedAt, text == null ? "" : text.strip(), html, engagement, fetchedAt,
                hash(text), disclosure);
    }

    /**
     * A content fingerprint for exact-duplicate detection: two independent 64-bit hashes
     * (FNV-1a and a multiply-xorshift) of the text's non-white-space characters, as 32 hex digits.
     * Not cryptographic; cheap enough to run on every page (SHA-256 cost a tenth of the pipeline).
     */
    public static String hash(String text) {
        long fnv = 0xcbf29ce484222325L;
        long mix = 0x9E3779B97F4A7C15L;
        String t = text == null ? "" : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            fnv = (fnv ^ c) * 0x100000001b3L;
            mix = (mix ^ c) * 0xbf58476d1ce4e5b9L;
            mix ^= mix >>> 31;
        }
        return HexFormat.of().toHexDigits(fnv) + HexFormat.of().toHexDigits(mix);
    }

    /**
     * {@code Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000'}, answered for Chinese text (above U+3000)
     * and Latin letters without the Unicode table lookup, which was most of the fingerprint's time.
     */
    static boolean isSpace(char c) {
        if (c > '\u3000' || c > ' ' && c < '\u1680') {
            return c == '\u00a0';
        }
        return Character.isWhitespace(c) || c == '\u3000';
    }

    private static String clean(String s) {
        return s == null ? null : s.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }
}
