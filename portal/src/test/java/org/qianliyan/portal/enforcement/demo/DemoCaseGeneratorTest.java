package org.qianliyan.portal.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;

class DemoCaseGeneratorTest {

    private static final List<FacilityIdentity> PLANTS = List.of(
            new FacilityIdentity("demo-1", "示例甲市垃圾焚烧发电有限公司", "", "江苏省", "常州市", "", "", false),
            new FacilityIdentity("demo-2", "示例乙市环保能源有限公司", "", "浙江省", "杭州市", "", "", false));

    @Test
    void every_demo_case_is_labelled_as_an_example_and_has_its_own_id() {
        List<EnforcementCase> cases = new DemoCaseGenerator(1).generate(500, List.of());
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.demo()).isTrue();
            assertThat(c.partyName()).startsWith("示例");
            assertThat(c.decisionNumber()).startsWith("示例");
            assertThat(c.dataSource()).contains("示例");
        });
        assertThat(cases.stream().map(EnforcementCase::id).distinct()).hasSize(500);
        assertThat(cases).anySatisfy(c -> assertThat(c.supervision()).isPresent());
        assertThat(cases).anySatisfy(c -> assertThat(c.penaltyAmount()).isEmpty());
    }

    @Test
    void the_same_seed_gives_the_same_cases() {
        assertThat(new DemoCaseGenerator(7).generate(50, PLANTS)).isEqualTo(new DemoCaseGenerator(7).generate(50, PLANTS));
    }

    @Test
    void the_first_cases_concern_the_demo_plants_and_link_to_them_by_name_and_region() {
        FacilityMatcher matcher = new FacilityMatcher(PLANTS);
        List<EnforcementCase> cases = new DemoCaseGenerator(3).generate(10, PLANTS).stream()
                .map(c -> c.withFacility(matcher.link(c))).toList();
        assertThat(cases.subList(0, 4)).extracting(c -> c.facility().facilityId())
                .containsExactly("demo-1", "demo-1", "demo-2", "demo-2");
        assertThat(cases.subList(0, 4)).allSatisfy(c ->
                assertThat(c.facility().basis()).isEqualTo(LinkBasis.NAME_AND_REGION));
        assertThat(cases.subList(4, 10)).allSatisfy(c -> assertThat(c.facility().linked()).isFalse());
    }
}
