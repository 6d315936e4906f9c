package org.qianliyan.crawler.extract;

import java.util.List;
import org.qianliyan.crawler.CrawledDocument;

/**
 * What one page yielded: documents, links to follow, or the reason it yielded nothing useful.
 *
 * @param documents extracted documents (a feed yields several, an article one, a list page none)
 * @param links     absolute URLs found that the source wants followed
 * @param gone      a reason when the page says its content is gone (expired WeChat link), else null
 * @param blocked   a reason when the page is an anti-bot page, else null
 */
public record Extraction(List<CrawledDocument> documents, List<String> links, String gone, String blocked) {

    /** Copies the lists. */
    public Extraction {
        documents = List.copyOf(documents);
        links = List.copyOf(links);
    }

    /** @return an extraction of documents and links */
    public static Extraction of(List<CrawledDocument> documents, List<String> links) {
        return new Extraction(documents, links, null, null);
    }

    /** @return an extraction saying the content is gone */
    public static Extraction gone(String reason) {
        return new Extraction(List.of(), List.of(), reason, null);
    }
}
