package org.qianliyan.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * RSS 2.0 and Atom feeds: one document per item (title, link, date, author, description or
 * content); item links matching the profile's link pattern are also followed, and those pages
 * (anything that is not one of the source's seed or list URLs) are read as articles for the full text.
 */
public final class FeedExtractor implements PageExtractor {

    private static final PageExtractor ARTICLE = new ArticleExtractor();

    @Override
    public Extraction extract(FetchedPage page, SourceProfile profile) {
        if (!profile.isListUrl(page.url())) {
            // An item's own page, followed for its full text: an article, not a feed.
            return ARTICLE.extract(page, profile);
        }
        Document xml = page.xml();
        List<CrawledDocument> documents = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Element item : xml.select("item, entry")) {
            String link = link(item);
            if (link.isEmpty()) {
                continue;
            }
            String title = text(item, "title");
            String date = firstNonEmpty(text(item, "pubDate"), text(item, "published"), text(item, "updated"), text(item, "dc|date"));
            String author = firstNonEmpty(text(item, "author > name"), text(item, "author"), text(item, "dc|creator"));
            String html = firstNonEmpty(text(item, "content|encoded"), text(item, "content"), text(item, "description"), text(item, "summary"));
            String plain = Jsoup.parse(html).text();
            documents.add(DocumentFactory.fromText(link, profile, title, author.isEmpty() ? null : author,
                    FeedDates.parse(date, profile.dateFormats()).orElse(null), plain, html, Engagement.UNKNOWN,
                    page.fetchedAt(), null));
            if (profile.isDetailUrl(link)) {
                links.add(link);
            }
        }
        return Extraction.of(documents, links);
    }

    private static String link(Element item) {
        Element atom = item.selectFirst("link[href]");
        if (atom != null) {
            return atom.absUrl("href").isEmpty() ? atom.attr("href") : atom.absUrl("href");
        }
        String rss = text(item, "link");
        return rss.isEmpty() ? text(item, "guid") : rss;
    }

    private static String text(Element item, String css) {
        Element e = item.selectFirst(css);
        return e == null ? "" : e.text().strip();
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
