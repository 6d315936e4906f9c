package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.SharedFixtures;
import org.qianliyan.crawler.source.SourceKind;

class FeedExtractorTest {

    @Test
    void real_gb2312_rss_feed_yields_one_document_per_item_with_chinese_titles() {
        byte[] body = SharedFixtures.read("gb2312/w3cn.org.xml");
        Extraction extraction = new FeedExtractor().extract(Pages.page("http://www.w3cn.org/rss.xml", body, "text/xml"),
                Pages.profile(SourceKind.RSS, "http://www.w3cn.org/rss.xml", null, null));
        List<CrawledDocument> docs = extraction.documents();
        assertThat(docs).isNotEmpty();
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.url()).startsWith("http");
            assertThat(d.title()).isNotBlank();
        });
        assertThat(docs.stream().map(CrawledDocument::title)).anyMatch(t -> t.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
        assertThat(docs).anySatisfy(d -> assertThat(d.publishedAt()).isNotNull());
    }

    @Test
    void real_cnblog_rss_feed_parses() {
        byte[] body = SharedFixtures.read("gb2312/cnblog.org.xml");
        Extraction extraction = new FeedExtractor().extract(Pages.page("http://www.cnblog.org/rss.xml", body, null),
                Pages.profile(SourceKind.RSS, "http://www.cnblog.org/rss.xml", null, null));
        assertThat(extraction.documents()).hasSizeGreaterThan(1);
        assertThat(extraction.documents()).allSatisfy(d -> assertThat(d.text()).doesNotContain("<p>"));
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
