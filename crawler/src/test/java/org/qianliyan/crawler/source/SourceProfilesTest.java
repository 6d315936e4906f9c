package org.qianliyan.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawlerException;

class SourceProfilesTest {

    private static final String JSON = """
            {"id": "hb-xzcf", "name": "某市生态环境局 行政处罚", "kind": "GOV_DISCLOSURE",
             "seedUrls": ["https://sthjj.example.gov.cn/xzcf/index.html"],
             "linkPattern": "/xzcf/\\\\d{6}/t\\\\d+_\\\\d+\\\\.html$", "listPattern": "/xzcf/index_\\\\d+\\\\.html$",
             "selectors": {"title": "h1", "date": ".info", "body": ".TRS_Editor"},
             "dateFormats": ["yyyy-MM-dd"], "cookies": {"SUB": "secret"}, "revisitInterval": "PT12H", "enabled": true}
            """;

    @Test
    void a_profile_is_read_from_json_with_its_selectors_and_interval() {
        SourceProfile profile = SourceProfiles.fromJson(JSON);
        assertThat(profile.kind()).isEqualTo(SourceKind.GOV_DISCLOSURE);
        assertThat(profile.selectors().body()).isEqualTo(".TRS_Editor");
        assertThat(profile.selectors().author()).isNull();
        assertThat(profile.revisitInterval()).isEqualTo(Duration.ofHours(12));
        assertThat(profile.isDetailUrl("https://sthjj.example.gov.cn/xzcf/202306/t20230601_301.html")).isTrue();
        assertThat(profile.isListUrl("https://sthjj.example.gov.cn/xzcf/index_1.html")).isTrue();
    }

    @Test
    void a_profile_survives_a_round_trip_through_json() {
        SourceProfile profile = SourceProfiles.fromJson(JSON);
        assertThat(SourceProfiles.fromJson(SourceProfiles.toJson(profile))).isEqualTo(profile);
    }

    @Test
    void cookie_values_never_appear_in_to_string() {
        assertThat(SourceProfiles.fromJson(JSON).toString()).doesNotContain("secret");
    }

    @Test
    void an_unknown_property_is_refused_by_name() {
        assertThatThrownBy(() -> SourceProfiles.fromJson("{\"id\":\"a\",\"kind\":\"SITE\",\"seedUrls\":[\"http://a.cn/\"],\"seeds\":[]}"))
                .isInstanceOf(CrawlerException.class).hasMessageContaining("seeds");
    }

    @Test
    void a_bad_regex_or_id_is_refused_with_the_reason() {
        assertThatThrownBy(() -> new SourceProfile("ok", null, SourceKind.SITE, List.of("http://a.cn/"), "([", null, null,
                null, Map.of(), null, true)).hasMessageContaining("linkPattern");
        assertThatThrownBy(() -> new SourceProfile("Bad Id", null, SourceKind.SITE, List.of("http://a.cn/"), null, null,
                null, null, Map.of(), null, true)).hasMessageContaining("source id");
        assertThatThrownBy(() -> SourceProfiles.fromJson("{\"id\":\"a\",\"kind\":\"SITE\",\"seedUrls\":[]}"))
                .isInstanceOf(CrawlerException.class).hasMessageContaining("no seedUrls");
    }
}
