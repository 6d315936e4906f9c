package org.qianliyan.portal.enforcement.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;

class FacilityMatcherTest {

    private static final FacilityMatcher MATCHER = new FacilityMatcher(List.of(
            new FacilityIdentity("cz", "光大环保能源(常州)有限公司", "91320400MA1MXAAA00", "江苏省", "常州市", "武进区", "", false),
            new FacilityIdentity("wx", "示例热电有限公司", "", "江苏", "无锡", "", "", false),
            new FacilityIdentity("fs", "示例热电有限公司", "", "广东省", "佛山市", "", "", false),
            new FacilityIdentity("twin-a", "重名环保有限公司", "", "山东省", "青岛市", "", "", false),
            new FacilityIdentity("twin-b", "重名环保股份有限公司", "", "山东省", "青岛市", "", "", false)));

    private static EnforcementCase penalty(String party, Optional<String> code, Region region, String authority) {
        return new EnforcementCase(party, code, "环罚〔2023〕1号", "", "", "", "", "", Optional.empty(),
                LocalDate.of(2023, 12, 2), authority, "", region, "", Optional.empty(), FacilityLink.NONE, false);
    }

    @Test
    void a_matching_credit_code_links_whatever_the_name() {
        FacilityLink link = MATCHER.link(penalty("另一个名称", Optional.of("91320400MA1MXAAA00"), Region.UNKNOWN, "某局"));
        assertThat(link).isEqualTo(new FacilityLink("cz", "光大环保能源(常州)有限公司", LinkBasis.CREDIT_CODE));
    }

    @Test
    void the_normalised_name_links_within_the_same_province_and_city() {
        assertThat(MATCHER.link(penalty("光大环保能源（常州） 有限责任公司", Optional.empty(),
                new Region("江苏省", "常州市", ""), "常州市生态环境局")).facilityId()).isEqualTo("cz");
        assertThat(MATCHER.link(penalty("示例热电有限公司", Optional.empty(), new Region("广东省", "", ""), "某局"))
                .facilityId()).isEqualTo("fs");
    }

    @Test
    void without_a_region_the_authority_places_the_case() {
        FacilityLink link = MATCHER.link(penalty("示例热电有限公司", Optional.empty(), Region.UNKNOWN, "无锡市生态环境局"));
        assertThat(link.facilityId()).isEqualTo("wx");
        assertThat(link.basis()).isEqualTo(LinkBasis.NAME_AND_REGION);
    }

    @Test
    void the_same_name_in_another_region_or_an_ambiguous_name_links_to_nothing() {
        assertThat(MATCHER.link(penalty("示例热电有限公司", Optional.empty(), new Region("浙江省", "", ""), "某局")))
                .isEqualTo(FacilityLink.NONE);
        assertThat(MATCHER.link(penalty("重名环保有限公司", Optional.empty(), new Region("山东省", "青岛市", ""), "某局")))
                .isEqualTo(FacilityLink.NONE);
    }

    @Test
    void an_unknown_credit_code_falls_back_to_name_and_region() {
        FacilityLink link = MATCHER.link(penalty("示例热电有限公司", Optional.of("91330100MA2BBBBB1N"),
                new Region("江苏省", "无锡市", ""), "某局"));
        assertThat(link.basis()).isEqualTo(LinkBasis.NAME_AND_REGION);
    }
}
