package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.SharedFixtures;
import org.qianliyan.crawler.source.SourceKind;

/** Real weibo.com ajax responses from ../shared/fixtures/weibo-ajax. */
class WeiboExtractorTest {

    private static Extraction extract(String url, byte[] body) {
        return new WeiboExtractor().extract(Pages.page(url, body, "application/json"),
                Pages.profile(SourceKind.WEIBO, url, null, null));
    }

    @Test
    void long_text_yields_the_full_post_with_short_links_expanded() {
        Extraction extraction = extract("https://weibo.com/ajax/statuses/longtext?id=4069372986738497",
                SharedFixtures.read("weibo-ajax/ajax_statuses_longtext.json"));
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.text()).startsWith("中国再发野生动物园老虎伤人事件")
                .contains("http://go.huanqiu.com/africa/2008-10/261943.html").doesNotContain("http://t.cn/RxlaENw");
        assertThat(doc.title()).endsWith("…");
    }

    @Test
    void profile_info_yields_the_account_with_followers_and_totals() {
        Extraction extraction = extract("https://weibo.com/ajax/profile/info?uid=1959830294",
                SharedFixtures.read("weibo-ajax/ajax_profile_info.json"));
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.title()).isEqualTo("汪有");
        assertThat(doc.text()).contains("汪有，啥都有").contains("科学科普博主").contains("广东 广州");
        assertThat(doc.engagement().followers()).isEqualTo(1520885);
        assertThat(doc.engagement().comments()).isEqualTo(1566726);
        assertThat(doc.engagement().reposts()).isEqualTo(2496143);
        assertThat(doc.engagement().likes()).isEqualTo(26446005);
    }

    @Test
    void a_refusal_or_html_login_page_is_reported_not_thrown() {
        assertThat(extract("https://weibo.com/ajax/profile/info?uid=1", "{\"ok\":-100,\"url\":\"https://passport.weibo.com\"}"
                .getBytes(StandardCharsets.UTF_8)).gone()).contains("ok=-100");
        assertThat(extract("https://weibo.com/ajax/profile/info?uid=1", "<html>login</html>".getBytes(StandardCharsets.UTF_8))
                .gone()).contains("not JSON");
    }
}
