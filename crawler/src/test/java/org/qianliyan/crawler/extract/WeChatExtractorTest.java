package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.SourceKind;

/** WeChat and Sogou pages written in their markup (test resources {@code site/}); real saved ones: {@code RealSavedPagesTest}. */
class WeChatExtractorTest {

    static Extraction extract(String url, byte[] body) {
        return new WeChatExtractor().extract(Pages.page(url, body, "text/html"),
                Pages.profile(SourceKind.WECHAT, "https://weixin.sogou.com/weixin?type=2&query=x", null, null));
    }

    private static Extraction extract(String resource) {
        return extract("https://mp.weixin.qq.com/s?__biz=x&mid=1&idx=1&sn=" + resource,
                FixtureServer.readResource("site/" + resource));
    }

    @Test
    void an_article_yields_title_account_time_and_a_body_without_scripts_or_frames() {
        Extraction extraction = extract("wechat-article.html");

        assertThat(extraction.documents()).hasSize(1);
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.title()).isEqualTo("垃圾焚烧厂开放日：我们去看了烟囱里的数据");
        assertThat(doc.author()).isEqualTo("绿城环保观察");
        assertThat(doc.publishedAt()).isEqualTo(Instant.ofEpochSecond(1701489600L));
        assertThat(doc.kind()).isEqualTo(SourceKind.WECHAT);
        assertThat(doc.text()).contains("公众开放日").contains("12369环保热线").contains("再次走访");
        assertThat(doc.sanitizedHtml()).doesNotContain("<script").doesNotContain("<iframe");
    }

    @Test
    void an_expired_link_page_is_recognised_as_gone() {
        Extraction extraction = extract("wechat-expired.html");
        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.gone()).contains("链接已过期");
    }

    @Test
    void a_sogou_article_search_page_yields_the_result_links_in_order() {
        Extraction extraction = extract("https://weixin.sogou.com/weixin?type=2&query=x",
                FixtureServer.readResource("site/sogou-wechat-search.html"));
        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.links()).containsExactly("https://weixin.sogou.com/link?url=first&type=2",
                "https://weixin.sogou.com/link?url=second&type=2", "https://weixin.sogou.com/link?url=third&type=2");
    }
}
