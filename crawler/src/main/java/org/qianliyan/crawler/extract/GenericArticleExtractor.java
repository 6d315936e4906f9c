package org.qianliyan.crawler.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds title, publish time, author and body on an article page it has never seen: the title
 * with {@link ArticleTitles}, the publish time with {@link PublishTimes}, the body with
 * {@link ArticleBody}; the author from the CMS metadata or the {@code 来源：} label under the title.
 */
public final class GenericArticleExtractor {

    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?:来源|作者|发布机构|信息来源|发布单位)\\s*[:：]\\s*([^\\s|｜]{2,30})");
    private static final int HEADER_CHARS = 400;

    /** The fields found; any may be empty. */
    record Article(String title, Optional<PublishTime> publishedAt, String author, Element body) {
    }

    private GenericArticleExtractor() {
    }

    /** @return the article fields of an HTML document (the document is modified: noise removed) */
    static Article extract(Document doc) {
        ArticleTitles.Found title = ArticleTitles.find(doc);
        Article fields = fields(doc, title);
        return new Article(fields.title(), fields.publishedAt(), fields.author(), ArticleBody.find(doc, title.element(),
                title.text()));
    }

    /** @return title, publish time and author, body null, for pages whose body is known; the document is left as it is */
    static Article fieldsAroundBody(Document doc) {
        return fields(doc, ArticleTitles.find(doc));
    }

    private static Article fields(Document doc, ArticleTitles.Found title) {
        Optional<PublishTime> published = PublishTimes.find(doc, title.element(), title.text());
        String author = meta(doc, "ContentSource", "author", "article:author", "source");
        if (author == null && title.element() != null) {
            Matcher m = AUTHOR_LABEL.matcher(String.join(" ", LinesAfter.of(doc.body(), title.element(), HEADER_CHARS)));
            author = m.find() ? m.group(1) : null;
        }
        return new Article(title.text(), published, author, null);
    }

    static String title(Document doc) {
        return ArticleTitles.find(doc).text();
    }

    static String meta(Document doc, String... names) {
        for (Element e : doc.getElementsByTag("meta")) {
            String key = (e.hasAttr("name") ? e.attr("name") : e.attr("property")).strip();
            for (String name : names) {
                if (key.equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
                    return e.attr("content").strip();
                }
            }
        }
        return null;
    }
}
