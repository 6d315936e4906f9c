package org.qianliyan.portal.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.extract.DisclosureExtractor;
import org.qianliyan.crawler.extract.FetchedPage;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.portal.enforcement.domain.CaseId;
import org.qianliyan.portal.incinerator.store.IndexedFacilityLookup;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.enforcement.support.EnforcementIndices;

class CrawledCaseIntakeIT {

    @Test
    void a_crawled_disclosure_becomes_a_linked_case_once_however_often_it_is_crawled() throws Exception {
        try (EnforcementIndices indices = new EnforcementIndices()) {
            indices.client().index(i -> i.index(indices.facilities()).id("plant-changzhou").refresh(
                    co.elastic.clients.elasticsearch._types.Refresh.True)
                    .document(Map.of("name", "示例环保能源(常州)有限公司", "credit_code", "91320400MA1MXAAA00")));
            CrawledCaseIntake intake = new CrawledCaseIntake(new CaseWriter(indices.client(), indices.cases()),
                    new IndexedFacilityLookup(indices.client(), indices.facilities()));
            CrawledDocument document = crawled();

            assertThat(intake.accept(document)).isTrue();
            assertThat(intake.accept(document)).isTrue();

            assertThat(indices.count(indices.cases())).isEqualTo(1);
            ObjectNode stored = indices.client().get(g -> g.index(indices.cases())
                    .id(CaseId.of("常环罚〔2023〕12号", "常州市生态环境局")), ObjectNode.class).source();
            assertThat(stored.get("facility_id").asText()).isEqualTo("plant-changzhou");
            assertThat(stored.get("link_basis").asText()).isEqualTo("CREDIT_CODE");
            assertThat(stored.get("source_url").asText()).isEqualTo("https://sthjj.example.gov.cn/xzcf/12.html");
        }
    }

    private static CrawledDocument crawled() throws Exception {
        String url = "https://sthjj.example.gov.cn/xzcf/12.html";
        SourceProfile profile = new SourceProfile("example-xzcf", null, SourceKind.GOV_DISCLOSURE,
                List.of("https://sthjj.example.gov.cn/xzcf/list.html"), "/xzcf/\\d+\\.html", null, FieldSelectors.NONE,
                List.of(), Map.of(), null, true);
        try (InputStream in = CrawledCaseIntakeIT.class.getResourceAsStream("/enforcement/disclosures/table-detail.html")) {
            FetchedPage page = new FetchedPage(url, url, "text/html; charset=utf-8", in.readAllBytes(), Instant.now());
            return new DisclosureExtractor().extract(page, profile).documents().get(0);
        }
    }
}
