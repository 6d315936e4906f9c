package org.qianliyan.crawler.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * Article pages of ordinary sites: the profile's CSS selectors where given, the
 * {@link GenericArticleExtractor} for every field they leave out or that matches nothing.
 * List pages (seeds, pagination) yield links instead of a document.
 */
public final class ArticleExtractor implements PageExtractor {

    @Override
    public Extraction extract(FetchedPage page, SourceProfile profile) {
        Document doc = page.html();
        if (doc.selectFirst(WeChatExtractor.ARTICLE_BODY) != null) {
            // A WeChat article reached through any kind of source (a site linking to mp.weixin.qq.com).
            return Extraction.of(List.of(WeChatExtractor.article(doc, page, profile)), List.of());
        }
        if (profile.isListUrl(page.url()) && !profile.isDetailUrl(page.url())) {
            return Extraction.of(List.of(), LinkExtractor.follow(doc, profile));
        }
        List<String> links = LinkExtractor.follow(doc, profile);
        return Extraction.of(List.of(article(doc, page, profile)), links);
    }

    static CrawledDocument article(Document doc, FetchedPage page, SourceProfile profile) {
        FieldSelectors s = profile.selectors();
        String title = select(doc, s.title()).map(Element::text).orElse(null);
        Optional<PublishTime> date = select(doc, s.date()).flatMap(e -> ChineseDates.find(e.text(), profile.dateFormats()))
                .map(PublishTime::at);
        String author = select(doc, s.author()).map(Element::text).orElse(null);
        Element body = select(doc, s.body()).orElse(null);
        if (title == null || date.isEmpty() || author == null || body == null) {
            // Finding the body strips the page, so it runs only when the profile selects none (no copy of the page).
            GenericArticleExtractor.Article generic = body == null ? GenericArticleExtractor.extract(doc)
                    : GenericArticleExtractor.fieldsAroundBody(doc);
            title = title == null ? generic.title() : title;
            date = date.isPresent() ? date : generic.publishedAt();
            author = author == null ? generic.author() : author;
            body = body == null ? generic.body() : body;
        }
        return DocumentFactory.fromElement(page.url(), profile, title, author, date.orElse(null), body,
                Engagement.UNKNOWN, page.fetchedAt());
    }

    private static Optional<Element> select(Document doc, String css) {
        if (css == null || css.isBlank()) {
            return Optional.empty();
        }
        Element e = doc.selectFirst(css);
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e);
    }
}
