package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.SourceKind;

/** Pages it has never seen: our own, in the styles of Chinese government CMS and news sites. */
class GenericArticleExtractorTest {

    private static CrawledDocument extract(String resource) {
        String url = "http://example.gov.cn/" + resource;
        FetchedPage page = Pages.page(url, FixtureServer.readResource("site/" + resource), "text/html");
        Extraction extraction = new ArticleExtractor().extract(page, Pages.profile(SourceKind.SITE, "http://example.gov.cn/", null, null));
        assertThat(extraction.documents()).hasSize(1);
        return extraction.documents().get(0);
    }

    @Test
    void gbk_government_cms_article_yields_title_date_source_and_body_without_navigation() {
        CrawledDocument doc = extract("gov-article.html");
        assertThat(doc.title()).isEqualTo("省生态环境厅开展垃圾焚烧发电厂专项执法检查");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2023-05-12T01:30:00Z"));
        assertThat(doc.author()).isEqualTo("执法监督处");
        assertThat(doc.text()).startsWith("为进一步加强生活垃圾焚烧发电行业环境监管")
                .contains("炉膛温度低于850℃").endsWith("切实维护群众环境权益。")
                .doesNotContain("首页").doesNotContain("相关链接").doesNotContain("主办单位");
        assertThat(doc.text().lines()).hasSize(4);
    }

    @Test
    void undeclared_gbk_table_layout_page_yields_title_date_and_body() {
        CrawledDocument doc = extract("gov-article-undeclared.html");
        assertThat(doc.title()).isEqualTo("关于2023年第一季度重点排污单位自动监测数据的通报");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2023-04-17T16:00:00Z"));
        assertThat(doc.text()).startsWith("各区县生态环境分局").contains("数据传输有效率为96.3%")
                .doesNotContain("网站首页").doesNotContain("版权所有");
    }

    @Test
    void news_article_with_sidebar_and_comments_yields_the_story_only() {
        CrawledDocument doc = extract("news-article.html");
        assertThat(doc.title()).isEqualTo("村民反映垃圾焚烧厂夜间冒黑烟 当地生态环境局：已介入调查");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2024-03-07T13:15:00Z"));
        assertThat(doc.author()).isEqualTo("某某新闻网");
        assertThat(doc.text()).startsWith("近日，有村民向本网反映").contains("第九十九条")
                .doesNotContain("热点新闻").doesNotContain("支持曝光").doesNotContain("江豚");
    }

    @Test
    void news_article_with_open_graph_metadata_and_div_paragraphs() {
        CrawledDocument doc = extract("news-article2.html");
        assertThat(doc.title()).isEqualTo("河流断面水质连续三月劣V类 环保督察组现场督办");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2022-09-21T02:05:00Z"));
        assertThat(doc.text()).startsWith("中央第三生态环境保护督察组").contains("雨污分流不彻底").doesNotContain("版权所有");
    }

    @Test
    void sanitized_html_keeps_paragraphs_and_drops_scripts_and_handlers() {
        String html = "<html><head><title>测试页面标题</title></head><body><h1>测试页面标题</h1><div id=c>"
                + "<p onclick=\"steal()\">第一段，内容足够长，包含标点符号，用于测试正文抽取。</p><script>alert(1)</script>"
                + "<p>第二段，同样足够长，有逗号，有句号。<a href=\"javascript:alert(2)\">链接</a></p></div></body></html>";
        FetchedPage page = Pages.page("http://example.cn/a.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html");
        CrawledDocument doc = new ArticleExtractor().extract(page, Pages.profile(SourceKind.SITE, "http://example.cn/", null, null))
                .documents().get(0);
        assertThat(doc.sanitizedHtml()).contains("<p>第一段").doesNotContain("onclick").doesNotContain("script")
                .doesNotContain("javascript:");
        assertThat(doc.contentHash()).hasSize(32);
    }
}
