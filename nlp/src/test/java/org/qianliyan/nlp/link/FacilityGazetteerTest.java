package org.qianliyan.nlp.link;

import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FacilityGazetteerTest {

    private static final List<FacilityName> FACILITIES = List.of(
            new FacilityName("a", "光大环保能源（宿迁）有限公司", null, "江苏", "宿迁", "宿城区", "光大环境"),
            new FacilityName("b", "光大环保能源（常州）有限公司", null, "江苏", "常州", "武进区", "光大环境"),
            new FacilityName("c", "金乡盛运环保电力有限公司", "91370828399398519K", "山东", "济宁", "金乡县", null),
            new FacilityName("d", "朝阳康恒再生能源有限公司", null, "辽宁", "朝阳", "双塔区", null),
            new FacilityName("e", "北京高安屯垃圾焚烧有限公司", null, "北京", "北京", "朝阳区", null));

    private final RegionGazetteer regions = RegionGazetteer.build(FACILITIES);
    private final FacilityGazetteer gazetteer = FacilityGazetteer.build(FACILITIES, regions);

    private List<FacilityLink> find(String text) {
        String normalized = TextNormalizer.normalize(text);
        return gazetteer.find(normalized, regions.find(normalized));
    }

    @Test
    void a_shared_short_name_is_resolved_by_the_city_mentioned_nearby() {
        assertThat(find("常州的光大环保能源晚上冒黑烟")).extracting(FacilityLink::id).containsExactly("b");
        assertThat(find("宿迁光大环保能源又在偷排")).extracting(FacilityLink::id).containsExactly("a");
    }

    @Test
    void a_shared_short_name_without_any_region_is_not_linked() {
        assertThat(find("光大环保能源晚上冒黑烟")).isEmpty();
    }

    @Test
    void a_credit_code_links_with_the_highest_confidence() {
        List<FacilityLink> links = find("信用代码91370828399398519K的企业");
        assertThat(links).extracting(FacilityLink::id).containsExactly("c");
        assertThat(links.get(0).confidence()).isGreaterThan(0.95);
    }

    @Test
    void a_derived_short_name_links_with_its_span() {
        List<FacilityLink> links = find("投诉金乡盛运的臭味");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).span().start()).isEqualTo(2);
        assertThat(links.get(0).span().end()).isEqualTo(6);
        assertThat(links.get(0).confidence()).isLessThan(0.97);
    }

    @Test
    void a_county_followed_by_a_plant_noun_links_the_only_plant_there() {
        assertThat(find("金乡县垃圾焚烧厂冒黑烟")).extracting(FacilityLink::id).containsExactly("c");
    }

    @Test
    void the_operator_group_alone_is_too_vague_without_a_region() {
        assertThat(find("光大环境的厂都不错")).isEmpty();
        assertThat(find("宿迁的光大环境厂又臭了")).extracting(FacilityLink::id).containsExactly("a");
    }

    @Test
    void a_place_that_is_only_a_region_links_no_facility() {
        assertThat(find("常州今天空气不错")).isEmpty();
    }

    @Test
    void an_ambiguous_region_name_is_resolved_by_its_province() {
        assertThat(regions.find("北京朝阳的焚烧厂")).extracting(p -> p.region().province()).contains("北京市")
                .doesNotContain("辽宁省");
        assertThat(regions.find("辽宁朝阳的焚烧厂")).extracting(p -> p.region().province()).containsOnly("辽宁省");
    }
}
