package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;

class ProfileExtractionTest {

    @Test
    void profile_selectors_and_date_format_win_and_the_generic_extractor_fills_the_rest() {
        SourceProfile profile = new SourceProfile("news", null, SourceKind.SITE, List.of("http://news.example.cn/"), null, null,
                new FieldSelectors(".article-head h1", ".meta .time", null, ".article-content"),
                List.of("yyyy年MM月dd日 HH:mm"), Map.of(), null, true);
        FetchedPage page = Pages.page("http://news.example.cn/a.html", FixtureServer.readResource("site/news-article.html"), "text/html");
        CrawledDocument doc = new ArticleExtractor().extract(page, profile).documents().get(0);
        assertThat(doc.title()).startsWith("村民反映垃圾焚烧厂");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2024-03-07T13:15:00Z"));
        assertThat(doc.author()).isEqualTo("某某新闻网");
        assertThat(doc.text()).endsWith("（责任编辑：王丽）");
    }

    @Test
    void a_list_page_yields_links_matching_the_profile_and_no_document() {
        SourceProfile profile = new SourceProfile("news", null, SourceKind.SITE, List.of("http://news.example.cn/a.html"),
                "/env/2024/\\d{4}/a\\d\\.html$", null, FieldSelectors.NONE, List.of(), Map.of(), null, true);
        FetchedPage page = Pages.page("http://news.example.cn/a.html", FixtureServer.readResource("site/news-article.html"), "text/html");
        Extraction extraction = new ArticleExtractor().extract(page, profile);
        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.links()).hasSize(4).first().isEqualTo("http://news.example.cn/env/2024/0306/a1.html");
    }
}
