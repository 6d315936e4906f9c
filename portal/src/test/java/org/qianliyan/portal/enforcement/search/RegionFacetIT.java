package org.qianliyan.portal.enforcement.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.store.CaseDocuments;
import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.enforcement.support.EnforcementIndices;

/** Cases written as 广东 and 广东省 (including a document stored before names were normalised) are one region. */
class RegionFacetIT {

    private EnforcementIndices indices;
    private CaseSearch search;

    @BeforeEach
    void writeCasesUnderBothSpellings() throws IOException {
        indices = new EnforcementIndices();
        CaseWriter writer = new CaseWriter(indices.client(), indices.cases());
        writer.write(List.of(
                penalty("粤深环罚〔2024〕1号", new Region("广东", "深圳", "")),
                penalty("粤深环罚〔2024〕2号", new Region("广东省", "深圳市", "")),
                penalty("桂环罚〔2024〕3号", new Region("广西", "南宁", ""))));
        // As the index held it before region names were normalised at import.
        ObjectNode old = CaseDocuments.toDocument(penalty("粤深环罚〔2023〕9号", Region.UNKNOWN));
        old.put(CaseFields.PROVINCE, "广东").put(CaseFields.CITY, "深圳");
        indices.client().index(i -> i.index(indices.cases()).id(old.get(CaseFields.ID).asText()).document(old));
        writer.refresh();
        search = new CaseSearch(indices.client(), indices.cases());
    }

    @AfterEach
    void deleteIndices() throws IOException {
        indices.close();
    }

    private static EnforcementCase penalty(String number, Region region) {
        return new EnforcementCase("示例环境能源有限公司", Optional.empty(), number, "超标排放", "", "", "罚款", "", Optional.empty(),
                LocalDate.of(2024, 3, 1), "深圳市生态环境局", "", region, "", Optional.empty(), FacilityLink.NONE, false);
    }

    @Test
    void the_province_facet_lists_each_region_once_under_its_full_name() {
        assertThat(search.search(CaseQuery.all()).facets().get(CaseFacet.PROVINCE))
                .containsExactly(new FacetBucket("广东省", 3), new FacetBucket("广西壮族自治区", 1));
    }

    @Test
    void the_statistics_count_each_province_once() {
        assertThat(new CaseStatistics(indices.client(), indices.cases()).breakdown().byProvince())
                .extracting(CaseStatistics.Tally::key, CaseStatistics.Tally::cases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("广东省", 3L),
                        org.assertj.core.groups.Tuple.tuple("广西壮族自治区", 1L));
    }

    @Test
    void a_filter_by_either_spelling_finds_the_same_cases_full_named() {
        CasePage shortName = search.search(CaseQuery.fromParameters(java.util.Map.of("province", List.of("广东"))));
        CasePage fullName = search.search(CaseQuery.fromParameters(java.util.Map.of("province", List.of("广东省"))));
        assertThat(shortName.total()).isEqualTo(3);
        assertThat(shortName.cases()).extracting(EnforcementCase::decisionNumber)
                .containsExactlyInAnyOrderElementsOf(fullName.cases().stream().map(EnforcementCase::decisionNumber).toList());
        assertThat(shortName.cases()).extracting(c -> c.region().province() + c.region().city())
                .containsOnly("广东省深圳市");
    }
}
