package org.qianliyan.portal.incinerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.qianliyan.testkit.PublicDataExcerpts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An excerpt of the ministry platform's real exports (13 plants, 金乡盛运's rows among them;
 * see the test kit's {@code ljgk/README.md}) through {@code import ljgk}, then through the
 * public API: the two real exceedances with their reasons, maintenance as maintenance. Each
 * test imports the excerpt itself (a second import changes nothing), so the order of the
 * tests does not matter.
 */
@PortalIntegrationTest
class LjgkImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JINXIANG = "A9C4EA6459B5C41575B3A56EB3CB38A7";

    @Autowired
    List<CliCommand<?>> commands;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importing_the_real_files_twice_reports_the_same_and_changes_nothing() throws Exception {
        String first = runImport();
        String second = runImport();

        assertThat(first).startsWith("rows read 222, imported 219, skipped 3");
        assertThat(first).contains("skipped: no-data row names no known plant: 天台县交投环境管理有限公司");
        assertThat(second).isEqualTo(first);
        assertThat(json("/api/v1/facilities?from=2023-12-01&to=2023-12-03").path("count").asInt()).isEqualTo(13);
    }

    @Test
    void the_api_lists_exactly_one_plant_with_exceedances_in_the_real_data() throws Exception {
        runImport();
        JsonNode list = json("/api/v1/facilities?from=2023-12-01&to=2023-12-03&verdict=exceedance");

        assertThat(list.path("count").asInt()).isEqualTo(1);
        JsonNode plant = list.path("facilities").get(0);
        assertThat(plant.path("name").asText()).isEqualTo("金乡盛运环保电力有限公司");
        assertThat(plant.path("days").path("exceedance").asInt()).isEqualTo(1);
        assertThat(plant.path("demo").asBoolean()).isFalse();
    }

    @Test
    void jinxiangs_day_carries_both_exceedances_with_values_limits_and_legal_basis() throws Exception {
        runImport();
        JsonNode days = json("/api/v1/facilities/" + JINXIANG + "/days?from=2023-12-02&to=2023-12-02");

        JsonNode exceeding = null;
        for (JsonNode day : days.path("days")) {
            if (day.path("verdict").asText().equals("exceedance")) {
                exceeding = day;
            }
        }
        assertThat(exceeding).isNotNull();
        assertThat(exceeding.path("reasons").findValuesAsText("pollutant")).containsExactlyInAnyOrder("particulate", "hcl");
        assertThat(exceeding.path("reasons").findValues("value")).extracting(JsonNode::asDouble)
                .containsExactlyInAnyOrder(35.794, 145.681);
        assertThat(exceeding.path("reasons").get(0).path("legal_basis").asText()).contains("大气污染防治法");
        assertThat(exceeding.path("means")).hasSize(5);
    }

    @Test
    void maintenance_days_are_shown_as_maintenance_not_compliance() throws Exception {
        runImport();
        JsonNode list = json("/api/v1/facilities?from=2023-12-01&to=2023-12-03&verdict=maintenance");

        assertThat(list.path("count").asInt()).isGreaterThan(0);
        assertThat(list.path("facilities").get(0).path("days").path("maintenance").asInt()).isGreaterThan(0);
    }

    @Test
    void the_csv_download_has_a_bom_and_one_row_per_plant_shown() throws Exception {
        runImport();
        String query = "/api/v1/facilities?format=csv&from=2023-12-01&to=2023-12-03&province="
                + URLEncoder.encode("山东", StandardCharsets.UTF_8);
        HttpResponse<String> response = get(query);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body()).startsWith("\uFEFFid,name,");
        int shown = json(query.replace("format=csv&", "")).path("count").asInt();
        assertThat(response.body().split("\r\n")).hasSize(shown + 1);
    }

    @Test
    void bad_dates_and_unknown_plants_are_json_errors() throws Exception {
        assertThat(get("/api/v1/facilities?from=yesterday").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = get("/api/v1/facilities/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).has("error")).isTrue();
    }

    private String runImport() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = QianliyanCli.run(List.of("import", "ljgk", "--plants", PublicDataExcerpts.ljgkPlants().toString(), "--furnaces",
                PublicDataExcerpts.ljgkFurnaces().toString(), "--daily", PublicDataExcerpts.ljgkDaily().toString()), commands,
                new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
