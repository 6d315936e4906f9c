package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.SourceKind;

class FeedExtractorTest {

    @Test
    void a_gb2312_rss_feed_yields_one_document_per_item_with_chinese_titles_dates_and_plain_text() {
        byte[] body = FixtureServer.readResource("site/gb2312-feed.xml");
        Extraction extraction = new FeedExtractor().extract(Pages.page("http://hbj.example.gov.cn/rss.xml", body, null),
                Pages.profile(SourceKind.RSS, "http://hbj.example.gov.cn/rss.xml", null, null));
        List<CrawledDocument> docs = extraction.documents();
        assertThat(docs).extracting(CrawledDocument::title)
                .containsExactly("县环保局开展重点排污单位专项检查", "关于垃圾焚烧发电项目环境影响评价的公示");
        assertThat(docs.get(0).url()).isEqualTo("http://hbj.example.gov.cn/news/2008/0312/1.html");
        assertThat(docs.get(0).publishedAt()).isEqualTo(Instant.parse("2008-03-12T01:30:00Z"));
        assertThat(docs).allSatisfy(d -> assertThat(d.text()).doesNotContain("<p>").doesNotContain("<b>"));
    }

    @Test
    void atom_feed_entries_have_links_dates_authors_and_canonical_urls_without_tracking() {
        Extraction extraction = new FeedExtractor().extract(
                Pages.page("http://example.gov.cn/xwfb/atom.xml", FixtureServer.readResource("site/atom.xml"), "application/atom+xml"),
                Pages.profile(SourceKind.RSS, "http://example.gov.cn/xwfb/atom.xml", null, null));
        assertThat(extraction.documents()).hasSize(2);
        CrawledDocument first = extraction.documents().get(0);
        assertThat(first.title()).isEqualTo("某市发布2023年生态环境状况公报");
        assertThat(first.canonicalUrl()).isEqualTo("http://example.gov.cn/xwfb/202401/t20240115_1.html");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(first.author()).isEqualTo("新闻中心");
        assertThat(first.text()).isEqualTo("2023年全市空气质量优良天数比例为86.3%，PM2.5年均浓度为29微克/立方米。");
        assertThat(extraction.documents().get(1).publishedAt()).isEqualTo(Instant.parse("2024-01-10T09:30:00Z"));
    }

    @Test
    void an_item_page_followed_from_a_feed_is_read_as_an_article() {
        var profile = Pages.profile(SourceKind.RSS, "http://example.gov.cn/xwfb/atom.xml", "/xwfb/\\d{6}/", null);
        Extraction extraction = new FeedExtractor().extract(Pages.page("http://example.gov.cn/xwfb/202305/t1.html",
                FixtureServer.readResource("site/gov-article.html"), "text/html"), profile);
        assertThat(extraction.documents()).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("省生态环境厅开展垃圾焚烧发电厂专项执法检查"));
    }
}
