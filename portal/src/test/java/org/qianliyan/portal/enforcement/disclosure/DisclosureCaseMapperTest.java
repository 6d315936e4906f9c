package org.qianliyan.portal.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.extract.DisclosureExtractor;
import org.qianliyan.crawler.extract.DisclosureRecord;
import org.qianliyan.crawler.extract.Extraction;
import org.qianliyan.crawler.extract.FetchedPage;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.portal.enforcement.domain.CaseRowParser;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;

/** The crawler's disclosure extractor on our fixture pages, then our mapping to cases. */
class DisclosureCaseMapperTest {

    private static final String SITE = "https://sthjj.example.gov.cn";
    private static final SourceProfile PROFILE = new SourceProfile("example-xzcf", "示例生态环境局行政处罚",
            SourceKind.GOV_DISCLOSURE, List.of(SITE + "/xzcf/list.html"), "/xzcf/\\d+\\.html", "/xzcf/list_\\d+\\.html",
            FieldSelectors.NONE, List.of(), Map.of(), null, true);

    private static Extraction extract(String fixture, String url, String contentType) throws IOException {
        try (InputStream in = DisclosureCaseMapperTest.class.getResourceAsStream("/enforcement/disclosures/" + fixture)) {
            FetchedPage page = new FetchedPage(url, url, contentType, in.readAllBytes(), Instant.parse("2024-02-01T00:00:00Z"));
            return new DisclosureExtractor().extract(page, PROFILE);
        }
    }

    private static CrawledDocument detail(String fixture, String url, String contentType) throws IOException {
        return extract(fixture, url, contentType).documents().get(0);
    }

    private static EnforcementCase mapped(CrawledDocument document) {
        CaseRowParser.ParsedRow row = DisclosureCaseMapper.map(document.disclosure(), document.url());
        assertThat(row.problems()).isEmpty();
        return row.value().orElseThrow();
    }

    @Test
    void a_table_page_becomes_a_case_with_the_fine_in_the_unit_its_label_names() throws IOException {
        CrawledDocument document = detail("table-detail.html", SITE + "/xzcf/12.html", "text/html; charset=utf-8");
        assertThat(document.disclosure().basis()).isEqualTo(DisclosureRecord.Basis.TABLE);
        assertThat(document.disclosure().attachments()).extracting(DisclosureRecord.Attachment::url)
                .containsExactly(SITE + "/files/cz-2023-12.pdf");

        EnforcementCase value = mapped(document);
        assertThat(value.partyName()).isEqualTo("示例环保能源（常州）有限公司");
        assertThat(value.creditCode()).contains("91320400MA1MXAAA00");
        assertThat(value.decisionNumber()).isEqualTo("常环罚〔2023〕12号");
        assertThat(value.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("50000");
        assertThat(value.decisionDate()).isEqualTo(LocalDate.of(2023, 12, 2));
        assertThat(value.authority()).isEqualTo("常州市生态环境局");
        assertThat(value.sourceUrl()).isEqualTo(SITE + "/xzcf/12.html");
        assertThat(value.dataSource()).isEqualTo("sthjj.example.gov.cn");
    }

    @Test
    void a_decision_in_free_text_becomes_a_case_with_its_fine_in_chinese_capitals() throws IOException {
        CrawledDocument document = detail("free-text-decision.html", SITE + "/xzcf/3.html", "text/html");
        assertThat(document.disclosure().basis()).isEqualTo(DisclosureRecord.Basis.FREE_TEXT);
        assertThat(document.disclosure().attachments()).hasSize(2);

        EnforcementCase value = mapped(document);
        assertThat(value.partyName()).isEqualTo("示例热电有限公司");
        assertThat(value.decisionNumber()).isEqualTo("锡环罚〔2024〕3号");
        assertThat(value.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("123000");
        assertThat(value.decisionDate()).isEqualTo(LocalDate.of(2024, 1, 9));
        assertThat(value.authority()).isEqualTo("无锡市生态环境局");
        assertThat(value.violationFacts()).contains("未经环境影响评价文件批准");
        assertThat(value.legalBasis()).contains("《中华人民共和国环境影响评价法》第三十一条");
    }

    @Test
    void a_gbk_page_declared_only_in_its_meta_tag_is_read_and_a_bare_fine_under_a_plain_label_is_in_yuan()
            throws IOException {
        EnforcementCase value = mapped(detail("gbk-detail.html", SITE + "/xzcf/7.html", "text/html"));
        assertThat(value.partyName()).isEqualTo("杭州示例再生能源有限公司");
        assertThat(value.decisionNumber()).isEqualTo("杭环罚〔2023〕7号");
        assertThat(value.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("200000");
        assertThat(value.decisionDate()).isEqualTo(LocalDate.of(2023, 8, 15));
    }

    @Test
    void a_list_page_yields_detail_and_next_page_links_and_no_case() throws IOException {
        Extraction list = extract("list.html", SITE + "/xzcf/list.html", "text/html; charset=utf-8");
        assertThat(list.documents()).isEmpty();
        assertThat(list.links()).contains(SITE + "/xzcf/12.html", SITE + "/xzcf/13.html", SITE + "/xzcf/list_2.html");
    }

    @Test
    void a_page_without_decision_number_or_authority_is_reported_not_guessed() {
        DisclosureRecord record = new DisclosureRecord("公示", Map.of(DisclosureRecord.PARTY, "某公司",
                DisclosureRecord.DECISION_DATE, "2023-12-02"), Map.of(), List.of(), DisclosureRecord.Basis.TABLE);
        CaseRowParser.ParsedRow row = DisclosureCaseMapper.map(record, SITE + "/xzcf/9.html");
        assertThat(row.value()).isEmpty();
        assertThat(row.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("行政处罚决定书文号", "处罚机关");
    }
}
