package org.qianliyan.portal.opinion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.hotwords.HotWord;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Bucket;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Count;
import org.qianliyan.portal.opinion.posts.OpinionSummary.FacilityCount;

class DashboardChartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpinionFilter FILTER = OpinionFilter.parse(Map.of("from", "2024-03-01", "to", "2024-03-02",
            "topic", "air"), LocalDate.of(2024, 3, 10));
    private static final OpinionSummary SUMMARY = new OpinionSummary(FILTER, 7,
            List.of(new Bucket(OffsetDateTime.parse("2024-03-01T00:00+08:00"), 5, Map.of("NEGATIVE", 4L, "NEUTRAL", 1L),
                            Map.of("WEIBO", 5L)),
                    new Bucket(OffsetDateTime.parse("2024-03-02T00:00+08:00"), 2, Map.of("POSITIVE", 2L), Map.of("SITE", 2L))),
            Map.of("NEGATIVE", 4L, "NEUTRAL", 1L, "POSITIVE", 2L), Map.of("WEIBO", 5L, "SITE", 2L),
            List.of(new Count("AIR", 7)), List.of(new HotWord("黑烟", 12.5, 4, 0)), List.of(new Count("浙江省", 6)),
            List.of(new FacilityCount("demo-001", "示例杭州第1垃圾焚烧发电厂", 5, 4)), List.of(new Count("demo-weibo", 5)),
            List.of(new Count("示例网友1", 3)));

    private final DashboardCharts charts = new DashboardCharts(SUMMARY, key -> key);

    @Test
    void a_sentiment_bar_leads_to_that_days_posts_of_that_sentiment() throws Exception {
        JsonNode option = JSON.readTree(charts.sentiment());
        JsonNode negative = option.path("series").get(0);

        assertThat(negative.path("name").asText()).isEqualTo("opinion.sentiment.NEGATIVE");
        assertThat(negative.path("data").get(0).path("value").asLong()).isEqualTo(4);
        Map<String, String> link = parameters(negative.path("data").get(0).path("link").asText());
        assertThat(link).containsEntry("from", "2024-03-01").containsEntry("to", "2024-03-01")
                .containsEntry("sentiment", "NEGATIVE").containsEntry("topic", "AIR");
        assertThat(parameters(negative.path("data").get(1).path("link").asText())).containsEntry("from", "2024-03-02");
    }

    @Test
    void a_volume_bar_is_per_source_kind() throws Exception {
        JsonNode series = JSON.readTree(charts.volume()).path("series");

        assertThat(series.findValuesAsText("name")).containsExactlyInAnyOrder("opinion.kind.WEIBO", "opinion.kind.SITE");
        for (JsonNode s : series) {
            String kind = s.path("name").asText().substring("opinion.kind.".length());
            assertThat(parameters(s.path("data").get(0).path("link").asText())).containsEntry("kind", kind);
        }
    }

    @Test
    void map_facility_and_hot_word_items_lead_to_their_posts() throws Exception {
        JsonNode province = JSON.readTree(charts.provinces()).path("series").get(0).path("data").get(0);
        assertThat(province.path("name").asText()).as("outline map name").isEqualTo("浙江");
        assertThat(parameters(province.path("link").asText())).containsEntry("province", "浙江省");

        JsonNode negative = JSON.readTree(charts.facilities()).path("series").get(0).path("data").get(0);
        assertThat(negative.path("value").asLong()).isEqualTo(4);
        assertThat(parameters(negative.path("link").asText())).containsEntry("facility", "demo-001")
                .containsEntry("sentiment", "NEGATIVE");

        JsonNode word = JSON.readTree(charts.hotWords()).path("series").get(0).path("data").get(0);
        assertThat(parameters(word.path("link").asText())).containsEntry("keyword", "黑烟");
        JsonNode account = JSON.readTree(charts.accounts()).path("series").get(0).path("data").get(0);
        assertThat(parameters(account.path("link").asText())).containsEntry("author", "示例网友1");
    }

    private static Map<String, String> parameters(String link) {
        assertThat(link).startsWith("staff/opinion/posts?");
        Map<String, String> single = new java.util.HashMap<>();
        QueryParameters.fromString(link.substring(link.indexOf('?') + 1)).getParameters()
                .forEach((k, v) -> single.put(k, v.get(0)));
        return single;
    }
}
