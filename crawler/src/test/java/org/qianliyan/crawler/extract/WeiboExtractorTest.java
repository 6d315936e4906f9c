package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.SourceKind;

/** Answers in the shape of weibo.com's ajax API (test resources {@code site/}); real saved ones: {@code RealSavedPagesTest}. */
class WeiboExtractorTest {

    private static Extraction extract(String url, byte[] body) {
        return new WeiboExtractor().extract(Pages.page(url, body, "application/json"),
                Pages.profile(SourceKind.WEIBO, url, null, null));
    }

    @Test
    void long_text_yields_the_full_post_with_short_links_expanded() {
        Extraction extraction = extract("https://weibo.com/ajax/statuses/longtext?id=1",
                FixtureServer.readResource("site/weibo-longtext.json"));
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.text()).startsWith("市生态环境局今天通报了全市垃圾焚烧发电厂十一月的自动监测数据")
                .contains("http://sthjj.example.gov.cn/xwfb/202312/t20231205_1.html").doesNotContain("http://t.cn/A6xYz12");
        assertThat(doc.title()).hasSize(41).endsWith("…");
    }

    @Test
    void profile_info_yields_the_account_with_followers_and_totals() {
        Extraction extraction = extract("https://weibo.com/ajax/profile/info?uid=1000000001",
                FixtureServer.readResource("site/weibo-profile.json"));
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.title()).isEqualTo("某市生态环境");
        assertThat(doc.text()).contains("受理环境问题咨询").contains("某市生态环境局官方微博").contains("江苏 常州");
        assertThat(doc.engagement().followers()).isEqualTo(123456);
        assertThat(doc.engagement().comments()).isEqualTo(1234);
        assertThat(doc.engagement().reposts()).isEqualTo(5678);
        assertThat(doc.engagement().likes()).isEqualTo(90123);
    }

    @Test
    void a_refusal_or_html_login_page_is_reported_not_thrown() {
        assertThat(extract("https://weibo.com/ajax/profile/info?uid=1", "{\"ok\":-100,\"url\":\"https://passport.weibo.com\"}"
                .getBytes(StandardCharsets.UTF_8)).gone()).contains("ok=-100");
        assertThat(extract("https://weibo.com/ajax/profile/info?uid=1", "<html>login</html>".getBytes(StandardCharsets.UTF_8))
                .gone()).contains("not JSON");
    }
}
