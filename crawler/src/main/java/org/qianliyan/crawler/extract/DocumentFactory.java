package org.qianliyan.crawler.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.url.CanonicalUrl;

/** Builds {@link CrawledDocument}s: sanitizes HTML (DESIGN §8), hashes the text, canonicalises the URL. */
public final class DocumentFactory {

    private static final Safelist SAFELIST = Safelist.relaxed().removeTags("img").preserveRelativeLinks(false);

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
        String text = body == null ? "" : BlockText.of(body);
        String html = body == null ? "" : body.html();
        return fromText(url, profile, title, author, publishedAt, text, html, engagement, fetchedAt, disclosure);
    }

    /** Like {@link #fromElement} for bodies that are already text (feeds, JSON); the HTML is sanitized here. */
    public static CrawledDocument fromText(String url, SourceProfile profile, String title, String author,
            Instant publishedAt, String text, String unsafeHtml, Engagement engagement, Instant fetchedAt,
            DisclosureRecord disclosure) {
        String html = unsafeHtml == null ? "" : Jsoup.clean(unsafeHtml, url, SAFELIST);
        return new CrawledDocument(url, CanonicalUrl.tryOf(url).orElse(url), profile.id(), profile.kind(),
                clean(title), clean(author), publishedAt, text == null ? "" : text.strip(), html, engagement, fetchedAt,
                hash(text), disclosure);
    }

    /** @return SHA-256 hex of the text with all white space removed */
    public static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String normalised = text == null ? "" : text.replaceAll("[\\s\\u3000\\u00a0]+", "");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    private static String clean(String s) {
        return s == null ? null : s.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }
}
