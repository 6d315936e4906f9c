package org.qianliyan.crawler;

import java.time.Instant;
import java.util.Objects;
import org.qianliyan.crawler.extract.DisclosureRecord;
import org.qianliyan.crawler.source.SourceKind;

/**
 * One extracted document, handed to a {@link DocumentSink}.
 *
 * <p>{@code sanitizedHtml} has passed a jsoup {@code Safelist} and may be shown; {@code text}
 * is plain text. {@code contentHash} is a 128-bit fingerprint (32 hex digits) of the text without white space, so the
 * same article reached through two URLs can be recognised. {@code disclosure} is present
 * only for {@link SourceKind#GOV_DISCLOSURE} detail pages.
 *
 * @param url           the URL fetched
 * @param canonicalUrl  the canonical form (see {@link org.qianliyan.crawler.url.CanonicalUrl}); the document's identity
 * @param sourceId      the id of the source profile it came from
 * @param kind          the source kind
 * @param title         the title, never null (empty when none found)
 * @param author        the author or account name, or null
 * @param publishedAt   the publication time, or null when unknown
 * @param text          the body as plain text
 * @param sanitizedHtml the body as sanitized HTML
 * @param engagement    engagement counts
 * @param fetchedAt     when it was fetched
 * @param contentHash   fingerprint of the text (see {@link org.qianliyan.crawler.extract.DocumentFactory#hash})
 * @param disclosure    the labelled fields of a penalty decision, or null
 * @param publishedDateOnly true when the page gave only a date: {@code publishedAt} is then the start of that day in
 *                      Beijing time, not a real time of day
 */
public record CrawledDocument(
        String url,
        String canonicalUrl,
        String sourceId,
        SourceKind kind,
        String title,
        String author,
        Instant publishedAt,
        String text,
        String sanitizedHtml,
        Engagement engagement,
        Instant fetchedAt,
        String contentHash,
        DisclosureRecord disclosure,
        boolean publishedDateOnly) {

    /** A document whose publication time, if any, has a time of day. */
    public CrawledDocument(String url, String canonicalUrl, String sourceId, SourceKind kind, String title, String author,
            Instant publishedAt, String text, String sanitizedHtml, Engagement engagement, Instant fetchedAt,
            String contentHash, DisclosureRecord disclosure) {
        this(url, canonicalUrl, sourceId, kind, title, author, publishedAt, text, sanitizedHtml, engagement, fetchedAt,
                contentHash, disclosure, false);
    }

    /** Checks the required fields. */
    public CrawledDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        sanitizedHtml = sanitizedHtml == null ? "" : sanitizedHtml;
        engagement = engagement == null ? Engagement.UNKNOWN : engagement;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(contentHash, "contentHash");
        publishedDateOnly = publishedDateOnly && publishedAt != null;
    }
}
