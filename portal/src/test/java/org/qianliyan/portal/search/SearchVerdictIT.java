package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.PlantedPlants;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantVerdicts;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The verdict facet and the {@code verdict:} field over real indices: plants judged as the
 * importers judge them, their verdicts written by {@link PlantVerdicts}, counted and filtered by search.
 */
@PortalIntegrationTest
class SearchVerdictIT {

    /** In the names of this test's plants only (the shared context holds other tests' plants). */
    private static final String MARKER = "判定样本";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    IncineratorCatalogue catalogue;
    @Autowired
    PlantVerdicts verdicts;

    @BeforeEach
    void judgeThreePlants() throws Exception {
        LocalDate latest = catalogue.defaultPeriod().to();
        PlantedPlants plants = new PlantedPlants(client, schema);
        Plant exceeding = plants.plant("verdict-it-exceeding", MARKER + "甲环保能源有限公司", "江苏省", "南京市");
        plants.compliantDay(exceeding, latest);
        plants.particulateExceedance(exceeding, latest.minusDays(2), 26, 20);
        Plant compliant = plants.plant("verdict-it-compliant", MARKER + "乙环保能源有限公司", "江苏省", "苏州市");
        plants.compliantDay(compliant, latest);
        plants.compliantDay(compliant, latest.minusDays(1));
        Plant compliantToo = plants.plant("verdict-it-compliant-too", MARKER + "丙环保能源有限公司", "江苏省", "无锡市");
        plants.compliantDay(compliantToo, latest);

        assertThat(verdicts.refresh()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_verdict_facet_counts_the_plants_of_each_verdict() throws Exception {
        JsonNode page = search("q=" + encode(MARKER));

        assertThat(counts(page.path("facets").path("verdict"))).isEqualTo(Map.of("exceedance", 1L, "compliant", 2L));
    }

    @Test
    void the_verdict_field_keeps_the_plants_of_that_verdict_in_either_language() throws Exception {
        assertThat(search("q=" + encode(MARKER + " verdict:超标")).path("hits").findValuesAsText("id"))
                .containsExactly("verdict-it-exceeding");
        assertThat(search("q=" + encode(MARKER + " verdict:compliant") + "&sort=date").path("hits").findValuesAsText("id"))
                .containsExactlyInAnyOrder("verdict-it-compliant", "verdict-it-compliant-too");
        assertThat(search("q=" + encode(MARKER + " 结论:missing")).path("hits").findValuesAsText("id")).isEmpty();
    }

    @Test
    void the_verdict_filter_parameter_narrows_like_every_facet() throws Exception {
        JsonNode page = search("q=" + encode(MARKER) + "&verdict=exceedance");

        assertThat(page.path("hits").findValuesAsText("id")).containsExactly("verdict-it-exceeding");
        assertThat(counts(page.path("facets").path("verdict")))
                .as("a facet is counted under the other facets' filters only").containsEntry("compliant", 2L);
    }

    private JsonNode search(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/search?" + query)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new HashMap<>();
        facet.forEach(bucket -> counts.put(bucket.path("value").asText(), bucket.path("count").asLong()));
        return counts;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
