package org.qianliyan.crawler.extract;

import org.qianliyan.crawler.source.SourceKind;

/** The extractor for each {@link SourceKind}. */
public final class PageExtractors {

    private static final PageExtractor ARTICLE = new ArticleExtractor();
    private static final PageExtractor FEED = new FeedExtractor();
    private static final PageExtractor WECHAT = new WeChatExtractor();
    private static final PageExtractor WEIBO = new WeiboExtractor();
    private static final PageExtractor DISCLOSURE = new DisclosureExtractor();

    private PageExtractors() {
    }

    /** @return the extractor for pages of a source of this kind */
    public static PageExtractor forKind(SourceKind kind) {
        return switch (kind) {
            case SITE -> ARTICLE;
            case RSS -> FEED;
            case WECHAT -> WECHAT;
            case WEIBO -> WEIBO;
            case GOV_DISCLOSURE -> DISCLOSURE;
        };
    }
}
