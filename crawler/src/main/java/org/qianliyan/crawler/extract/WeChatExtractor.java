package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * WeChat sources: article pages on {@code mp.weixin.qq.com} ({@code #activity-name},
 * {@code #js_content}, {@code var ct} publication time, {@code var nickname} or
 * {@code #js_name} account) and Sogou WeChat search result pages, whose article links are
 * followed. Expired or deleted articles ("链接已过期", "该内容已被发布者删除") are reported as gone.
 */
public final class WeChatExtractor implements PageExtractor {

    /** WeChat's article body; parsed once, as on every page of every source it is looked for (ArticleExtractor too). */
    static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("#js_content");
    private static final Pattern CT = Pattern.compile("var\\s+ct\\s*=\\s*\"(\\d{9,11})\"");
    private static final Pattern NICKNAME = Pattern.compile("var\\s+nickname\\s*=\\s*(?:htmlDecode\\()?\"([^\"]+)\"");
    private static final List<String> GONE_MARKERS = List.of("链接已过期", "该内容已被发布者删除", "此内容因违规无法查看",
            "该公众号已迁移", "此内容被投诉且经审核涉嫌侵权");

    @Override
    public Extraction extract(FetchedPage page, SourceProfile profile) {
        Document doc = page.html();
        if (doc.selectFirst(ARTICLE_BODY) != null) {
            return Extraction.of(List.of(article(doc, page, profile)), List.of());
        }
        if (doc.selectFirst("ul.news-list, li[id^=sogou_vr_]") != null) {
            return Extraction.of(List.of(), searchResults(doc));
        }
        String text = doc.text();
        for (String marker : GONE_MARKERS) {
            if (text.contains(marker)) {
                return Extraction.gone("WeChat: " + marker);
            }
        }
        return Extraction.of(List.of(), List.of());
    }

    static CrawledDocument article(Document doc, FetchedPage page, SourceProfile profile) {
        String html = doc.html();
        Element title = doc.selectFirst("#activity-name");
        Element body = doc.selectFirst(ARTICLE_BODY);
        Instant published = null;
        Matcher ct = CT.matcher(html);
        if (ct.find()) {
            published = Instant.ofEpochSecond(Long.parseLong(ct.group(1)));
        }
        String account = null;
        Matcher nick = NICKNAME.matcher(html);
        if (nick.find()) {
            account = nick.group(1);
        } else if (doc.selectFirst("#js_name") != null) {
            account = doc.selectFirst("#js_name").text();
        }
        return DocumentFactory.fromElement(page.url(), profile, title == null ? "" : title.text(), account, published,
                body, Engagement.UNKNOWN, page.fetchedAt(), null);
    }

    /** @return the article URLs of a Sogou WeChat search result page, in result order */
    static List<String> searchResults(Document doc) {
        List<String> links = new ArrayList<>();
        for (Element a : doc.select("ul.news-list li .txt-box h3 a[href], li[id^=sogou_vr_] .txt-box h3 a[href]")) {
            String url = a.absUrl("href");
            if (!url.isEmpty() && !links.contains(url)) {
                links.add(url);
            }
        }
        return links;
    }
}
