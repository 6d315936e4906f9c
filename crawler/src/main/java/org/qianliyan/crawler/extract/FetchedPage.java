package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.qianliyan.crawler.charset.CharsetSniffer;

/**
 * A fetched body ready for extraction: decoded once with {@link CharsetSniffer}, parsed on demand.
 *
 * @param url         the URL requested (the document identity)
 * @param finalUrl    the URL after redirects (the base for relative links)
 * @param contentType the Content-Type header, or null
 * @param body        the raw bytes
 * @param fetchedAt   when it was fetched
 */
public record FetchedPage(String url, String finalUrl, String contentType, byte[] body, Instant fetchedAt) {

    /** Checks the arguments. */
    public FetchedPage {
        Objects.requireNonNull(url, "url");
        finalUrl = finalUrl == null ? url : finalUrl;
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** @return the body as text, charset sniffed */
    public String text() {
        return CharsetSniffer.decode(body, contentType);
    }

    /** @return the body parsed as HTML, base URI the final URL */
    public Document html() {
        return Jsoup.parse(text(), finalUrl);
    }

    /** @return the body parsed as XML (feeds), base URI the final URL */
    public Document xml() {
        return Jsoup.parse(text(), finalUrl, Parser.xmlParser());
    }
}
