package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;

/** Our own 行政处罚 disclosure pages, in the structures such sites use (GBK tables, free-text decisions). */
class DisclosureExtractorTest {

    private static final String BASE = "http://sthjj.example.gov.cn/xzcf/";
    private static final SourceProfile PROFILE = Pages.profile(SourceKind.GOV_DISCLOSURE, BASE + "index.html",
            "/xzcf/\\d{6}/t\\d+_\\d+\\.html", "/xzcf/index_\\d+\\.html$");

    private static Extraction extract(String url, String resource) {
        return new DisclosureExtractor().extract(Pages.page(url, FixtureServer.readResource("site/" + resource), "text/html"), PROFILE);
    }

    @Test
    void a_gbk_list_page_yields_detail_links_and_the_next_page_deduplicated_by_url() {
        Extraction extraction = extract(BASE + "index.html", "xzcf-list.html");
        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.links()).contains(BASE + "202306/t20230601_301.html", BASE + "202306/t20230605_302.html",
                BASE + "index_1.html");
        assertThat(extraction.links().stream().filter(l -> l.endsWith("index_1.html"))).hasSize(1);
    }

    @Test
    void a_gbk_table_detail_page_yields_every_labelled_field_faithfully() {
        Extraction extraction = extract(BASE + "202306/t20230601_301.html", "xzcf-table.html");
        CrawledDocument doc = extraction.documents().get(0);
        DisclosureRecord record = doc.disclosure();
        assertThat(record.basis()).isEqualTo(DisclosureRecord.Basis.TABLE);
        assertThat(record.fields())
                .containsEntry(DisclosureRecord.DECISION_NUMBER, "某环罚〔2023〕12号")
                .containsEntry(DisclosureRecord.PARTY, "某热电有限公司")
                .containsEntry(DisclosureRecord.CREDIT_CODE, "91420100MA4K0XXX1B")
                .containsEntry(DisclosureRecord.LEGAL_REPRESENTATIVE, "王某")
                .containsEntry(DisclosureRecord.VIOLATION_TYPE, "超标排放大气污染物")
                .containsEntry(DisclosureRecord.LEGAL_BASIS, "《中华人民共和国大气污染防治法》第九十九条第二项")
                .containsEntry(DisclosureRecord.PENALTY_CATEGORY, "罚款")
                .containsEntry(DisclosureRecord.PENALTY, "责令改正违法行为，处罚款人民币伍拾万元整")
                .containsEntry(DisclosureRecord.AMOUNT, "50")
                .containsEntry(DisclosureRecord.DECISION_DATE, "2023/6/1")
                .containsEntry(DisclosureRecord.AUTHORITY, "某市生态环境局");
        assertThat(record.field(DisclosureRecord.FACTS)).hasValueSatisfying(f -> assertThat(f).startsWith("2023年3月14日至16日"));
        assertThat(record.rawFields()).containsEntry("罚款金额（万元）", "50");
        assertThat(record.attachments()).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo("http://sthjj.example.gov.cn/uploads/2023/06/xzcf-2023-12.pdf");
            assertThat(a.name()).contains("盖章扫描件");
        });
        assertThat(doc.title()).isEqualTo("某热电有限公司行政处罚决定书");
        assertThat(doc.publishedAt()).isEqualTo(Instant.parse("2023-05-31T16:00:00Z"));
    }

    @Test
    void a_free_text_decision_yields_its_fields_from_label_patterns() {
        Extraction extraction = extract(BASE + "202306/t20230605_302.html", "xzcf-text.html");
        DisclosureRecord record = extraction.documents().get(0).disclosure();
        assertThat(record.basis()).isEqualTo(DisclosureRecord.Basis.FREE_TEXT);
        assertThat(record.fields())
                .containsEntry(DisclosureRecord.DECISION_NUMBER, "某环罚〔2023〕15号")
                .containsEntry(DisclosureRecord.PARTY, "某环保能源有限公司")
                .containsEntry(DisclosureRecord.CREDIT_CODE, "91420000MA49XXXX2C")
                .containsEntry(DisclosureRecord.LEGAL_REPRESENTATIVE, "李某")
                .containsEntry(DisclosureRecord.AMOUNT, "贰拾万元整")
                .containsEntry(DisclosureRecord.DECISION_DATE, "2023年6月5日")
                .containsEntry(DisclosureRecord.AUTHORITY, "某市生态环境局");
        assertThat(record.field(DisclosureRecord.FACTS)).hasValueSatisfying(f ->
                assertThat(f).startsWith("我局执法人员于2023年4月20日").contains("炉膛温度低于850℃累计达14小时"));
        assertThat(record.field(DisclosureRecord.LEGAL_BASIS)).hasValue("依据《中华人民共和国大气污染防治法》第一百条第三项的规定");
        assertThat(record.field(DisclosureRecord.PENALTY)).hasValue("罚款人民币贰拾万元整。");
        assertThat(record.attachments()).extracting(DisclosureRecord.Attachment::name)
                .containsExactly("附件1 处罚决定书.docx", "附件2 现场照片");
    }
}
