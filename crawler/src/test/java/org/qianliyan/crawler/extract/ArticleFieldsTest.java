package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.source.SourceKind;

/** Title, publish time and body rules of the generic extractor, on small pages written for each rule. */
class ArticleFieldsTest {

    private static final String PARAGRAPHS = "<p>近日，有村民反映某县生活垃圾焚烧发电厂夜间排放黑烟，周边村庄时常能闻到刺鼻气味，当地生态环境局已介入调查。</p>"
            + "<p>记者从该局了解到，执法人员已调取该厂近三个月的自动监测数据，并对焚烧炉运行记录开展核查，结果将向社会公开。</p>"
            + "<p>该厂负责人表示，将积极配合调查，对存在的问题立即整改，并邀请周边村民代表参与监督。</p>";

    private static CrawledDocument extract(String html) {
        FetchedPage page = Pages.page("http://example.cn/a.html", html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        Extraction extraction = new ArticleExtractor().extract(page, Pages.profile(SourceKind.SITE, "http://example.cn/", null, null));
        assertThat(extraction.documents()).hasSize(1);
        return extraction.documents().get(0);
    }

    private static String page(String head, String header) {
        return "<html><head>" + head + "</head><body><div class=top><a href=/>首页</a> <a href=/env>环保</a></div>"
                + "<div class=main>" + header + "<div class=content>" + PARAGRAPHS + "</div></div></body></html>";
    }

    @Test
    void the_headline_shown_on_the_page_wins_over_a_meta_title_cut_short_and_loses_the_site_name() {
        CrawledDocument doc = extract(page("<title>焚烧厂夜间冒黑烟\"暗访\"调查_某某新闻网</title><meta property=og:title content=焚烧厂夜间冒黑烟>",
                "<h1>焚烧厂夜间冒黑烟\"暗访\"调查</h1><div>2024-03-07 21:15 来源：某某新闻网</div>"));
        assertThat(doc.title()).isEqualTo("焚烧厂夜间冒黑烟\"暗访\"调查");
    }

    @Test
    void a_headline_in_a_styled_div_is_found_through_the_title_even_when_the_site_name_comes_first() {
        CrawledDocument doc = extract(page("<title>某某环保网--焚烧厂夜间冒黑烟 生态环境局介入调查</title>",
                "<h1>某某环保网，权威环保资讯</h1><div class=tit>焚烧厂夜间冒黑烟 生态环境局介入调查</div><div>发布时间：2024-03-07</div>"));
        assertThat(doc.title()).isEqualTo("焚烧厂夜间冒黑烟 生态环境局介入调查");
    }

    @Test
    void when_the_title_names_only_the_site_the_heading_above_the_date_is_the_headline() {
        CrawledDocument doc = extract(page("<title>新闻动态--某某学会官网</title>",
                "<h3>首页 - 新闻动态</h3><h5>某某学会2024年学术年会在成都成功举行！</h5><div>发布时间：2024-05-18 来源：某某学会</div>"));
        assertThat(doc.title()).isEqualTo("某某学会2024年学术年会在成都成功举行！");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-06-15 08:18 来源：某某网|2019-06-15T00:18:00Z|false",
        "2019年06月15日 08:18|2019-06-15T00:18:00Z|false",
        "来源：某某网 2019/6/15|2019-06-14T16:00:00Z|true",
        "<span>2019</span><span>06/15</span><span>08:18</span>|2019-06-15T00:18:00Z|false",
        "发布时间：19-06-15 08:18|2019-06-15T00:18:00Z|false",
        "发布时间：06-15 08:18|2019-06-15T00:18:00Z|false"})
    void bylines_in_every_common_form_are_read_in_beijing_time(String byline, String expected, boolean dateOnly) {
        CrawledDocument doc = extract(page("<title>焚烧厂夜间冒黑烟_某某网</title><meta name=dateUpdate content=\"2019-06-15 08:19:30\">",
                "<h1>焚烧厂夜间冒黑烟</h1><div>" + byline + "</div>"));
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse(expected));
        assertThat(doc.publishedDateOnly()).isEqualTo(dateOnly);
    }

    @Test
    void the_byline_readers_see_wins_over_metadata_that_differs() {
        CrawledDocument doc = extract(page("<title>焚烧厂夜间冒黑烟_某某网</title>"
                + "<meta property=article:published_time content=\"2019-09-07T06:52:51+08:00\">",
                "<h1>焚烧厂夜间冒黑烟</h1><div>2019年09月07日 04:04 某某日报</div>"));
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2019-09-06T20:04:00Z"));
    }

    @Test
    void a_date_inside_a_sentence_under_the_headline_is_not_a_byline_and_metadata_with_an_offset_is_used() {
        CrawledDocument doc = extract(page("<title>关于批准调整限额的决议_某某公报</title>"
                + "<meta property=article:published_time content=\"2007-08-20T10:00:00Z\">",
                "<h1>关于批准调整限额的决议</h1><div>（2007年6月29日第十届常务委员会第二十八次会议通过）</div>"));
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2007-08-20T10:00:00Z"));
        assertThat(doc.publishedDateOnly()).isFalse();
    }

    @Test
    void a_labelled_date_below_the_article_is_found_and_stays_a_date() {
        CrawledDocument doc = extract("<html><head><title>某区开展调研工作_某某网</title></head><body><h1>某区开展调研工作</h1>"
                + "<div class=content>" + PARAGRAPHS + "</div><div>发布日期：2019-03-06 责任编辑：某某</div>"
                + "<ul class=list><li><a href=/1>其他新闻</a> 2019-03-01</li></ul></body></html>");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2019-03-05T16:00:00Z"));
        assertThat(doc.publishedDateOnly()).isTrue();
    }

    @Test
    void the_body_loses_the_original_title_editor_lines_and_the_related_articles_after_it() {
        CrawledDocument doc = extract("<html><head><title>焚烧厂夜间冒黑烟_某某网</title></head><body>"
                + "<div class=side><p>热点：某地发布大气污染防治新规，对工业企业排放提出更严格要求，引发广泛关注。</p></div>"
                + "<h1>焚烧厂夜间冒黑烟</h1><div>2024-03-07 21:15</div><div class=post>"
                + "<p>（原标题：村民反映焚烧厂夜间冒黑烟）</p>" + PARAGRAPHS
                + "<p>责任编辑：王丽</p><p>相关阅读</p><ul><li><a href=/1>另一篇关于焚烧厂的报道，内容足够长，也有逗号。</a></li></ul>"
                + "<p>这一段在相关阅读之后，不属于正文，虽然它也很长，有逗号，也有句号。</p></div></body></html>");
        assertThat(doc.text()).startsWith("近日，有村民反映").endsWith("并邀请周边村民代表参与监督。")
                .doesNotContain("原标题").doesNotContain("责任编辑").doesNotContain("相关阅读").doesNotContain("热点");
    }

    @Test
    void a_wechat_article_linked_from_an_ordinary_site_is_read_as_wechat() {
        CrawledDocument doc = extract("<html><head><title>公众号文章</title></head><body><h1 id=activity-name> 焚烧厂开放日 </h1>"
                + "<div id=js_content>" + PARAGRAPHS + "</div><script>var ct = \"1521515999\";</script></body></html>");
        assertThat(doc.title()).isEqualTo("焚烧厂开放日");
        assertThat(doc.publishedAt()).isEqualTo(Instant.ofEpochSecond(1521515999));
        assertThat(doc.text()).startsWith("近日，有村民反映");
    }
}
