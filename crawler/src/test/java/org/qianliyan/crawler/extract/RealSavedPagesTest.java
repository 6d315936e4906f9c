package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.charset.CharsetSniffer;
import org.qianliyan.crawler.charset.SniffedCharset;
import org.qianliyan.crawler.fetch.AntiBotDetector;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.testkit.Fixtures;

/**
 * The crawler against real pages saved from the web, kept in {@code ../shared/fixtures} beside
 * the clone (never copied into the repository): an evaluation of robustness on markup nobody
 * here wrote. Skips without the shared folder; the same behaviours are tested on pages of our
 * own in the other extractor, charset and anti-bot tests.
 */
class RealSavedPagesTest {

    private static byte[] read(String relative) throws IOException {
        return Files.readAllBytes(Fixtures.shared("fixtures/" + relative));
    }

    private static Extraction wechat(String file) throws IOException {
        return WeChatExtractorTest.extract("https://mp.weixin.qq.com/s?__biz=x&mid=1&idx=1&sn=" + file,
                read("wechat-sogou/" + file));
    }

    @ParameterizedTest
    @CsvSource({
        "article_detail_backgroud-image.html, 4月6日周五【新闻速览一分钟】, 华商报, 1522968980",
        "article_detail_iframe.html, 【视频】石榴花开, 共产党员, 1521515999",
        "article_detail_mpvoice.html, 语音 | 早安武汉〔2018.3.19 周一〕, 长江日报, 1521408600",
        "article_detail_qqmusic.html, 关于音乐, 闲云野鹤古刹, 1523110915"})
    void real_wechat_articles_yield_title_account_time_and_body(String file, String title, String account, long ct)
            throws IOException {
        Extraction extraction = wechat(file);
        assertThat(extraction.documents()).hasSize(1);
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.title()).isEqualTo(title);
        assertThat(doc.author()).isEqualTo(account);
        assertThat(doc.publishedAt()).isEqualTo(Instant.ofEpochSecond(ct));
        assertThat(doc.sanitizedHtml()).doesNotContain("<script").doesNotContain("<iframe");
    }

    @Test
    void real_wechat_expired_page_and_sogou_result_list() throws IOException {
        assertThat(wechat("article_detail_backgroud-image.html").documents().get(0).text().length()).isGreaterThan(200);
        assertThat(wechat("article_detail_expired.html").gone()).contains("链接已过期");
        assertThat(wechat("search-gaokao-article.html").links()).hasSize(10)
                .allSatisfy(l -> assertThat(l).startsWith("http://mp.weixin.qq.com/s?src=3"));
    }

    @Test
    void the_real_sogou_antispider_page_is_recognised() throws IOException {
        assertThat(AntiBotDetector.detect(200, read("wechat-sogou/search-gaokao-gzh-error.html"))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"article_detail_backgroud-image.html", "article_detail_iframe.html", "article_detail_mpvoice.html",
            "article_detail_qqmusic.html", "article_detail_expired.html", "search-gaokao-article.html", "search-gaokao-gzh.html",
            "bitsea-history.html", "wapindex-wap-0612-wap_8-0.html"})
    void real_wechat_and_sogou_pages_are_not_mistaken_for_captchas(String file) throws IOException {
        assertThat(AntiBotDetector.detect(200, read("wechat-sogou/" + file))).isEmpty();
    }

    @Test
    void real_weibo_answers_yield_the_post_and_the_account() throws IOException {
        WeiboExtractor weibo = new WeiboExtractor();
        CrawledDocument post = weibo.extract(Pages.page("https://weibo.com/ajax/statuses/longtext?id=4069372986738497",
                read("weibo-ajax/ajax_statuses_longtext.json"), "application/json"),
                Pages.profile(SourceKind.WEIBO, "https://weibo.com/", null, null)).documents().get(0);
        assertThat(post.text()).startsWith("中国再发野生动物园老虎伤人事件")
                .contains("http://go.huanqiu.com/africa/2008-10/261943.html").doesNotContain("http://t.cn/RxlaENw");
        CrawledDocument account = weibo.extract(Pages.page("https://weibo.com/ajax/profile/info?uid=1959830294",
                read("weibo-ajax/ajax_profile_info.json"), "application/json"),
                Pages.profile(SourceKind.WEIBO, "https://weibo.com/", null, null)).documents().get(0);
        assertThat(account.engagement().followers()).isEqualTo(1520885);
        assertThat(account.engagement().likes()).isEqualTo(26446005);
    }

    @Test
    void real_gb2312_feeds_and_undeclared_pages_decode() throws IOException {
        byte[] fragment = read("gb2312/_chromium_gb18030_with_no_encoding_specified.html.xml");
        assertThat(CharsetSniffer.sniff(fragment, "text/html").basis()).isEqualTo(SniffedCharset.Basis.DETECTED);
        assertThat(CharsetSniffer.decode(fragment, "text/html")).contains("马兴瑞").contains("何享健");
        assertThat(CharsetSniffer.decode(read("gb2312/_mozilla_bug171813_text.html"), null)).contains("搜狐");
        byte[] feed = read("gb2312/w3cn.org.xml");
        assertThat(CharsetSniffer.sniff(feed, "application/xml").charset()).isEqualTo(Charset.forName("GB18030"));
        List<CrawledDocument> items = new FeedExtractor().extract(Pages.page("http://www.w3cn.org/rss.xml", feed, "text/xml"),
                Pages.profile(SourceKind.RSS, "http://www.w3cn.org/rss.xml", null, null)).documents();
        assertThat(items).isNotEmpty().allSatisfy(d -> assertThat(d.title()).isNotBlank());
        assertThat(new FeedExtractor().extract(Pages.page("http://www.cnblog.org/rss.xml", read("gb2312/cnblog.org.xml"), null),
                Pages.profile(SourceKind.RSS, "http://www.cnblog.org/rss.xml", null, null)).documents()).hasSizeGreaterThan(1)
                .allSatisfy(d -> assertThat(d.text()).doesNotContain("<p>"));
    }
}
