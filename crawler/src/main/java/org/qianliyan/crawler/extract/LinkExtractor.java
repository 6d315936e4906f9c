package org.qianliyan.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.url.CanonicalUrl;

/** The links of a page that its source wants followed: detail pages and further list pages, deduplicated. */
final class LinkExtractor {

    private static final int MAX_LINKS = 2_000;
    /** Parsed once: it runs on every page. */
    private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");

    private LinkExtractor() {
    }

    static List<String> follow(Document doc, SourceProfile profile) {
        Set<String> seen = new LinkedHashSet<>();
        // The parser gives every element of a page the document's base URI
        LinkResolver resolver = new LinkResolver(doc.baseUri());
        for (Element a : doc.select(LINKS)) {
            String href = a.attr("href");
            if (href.isEmpty() || href.startsWith("javascript:") || href.startsWith("#") || href.startsWith("mailto:")) {
                continue;
            }
            String abs = resolver.absolute(href);
            if (abs.isEmpty()) {
                continue;
            }
            if ((profile.isDetailUrl(abs) || profile.isListUrl(abs)) && CanonicalUrl.tryOf(abs).isPresent()) {
                seen.add(abs);
                if (seen.size() >= MAX_LINKS) {
                    break;
                }
            }
        }
        return new ArrayList<>(seen);
    }
}
