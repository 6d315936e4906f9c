package org.qianliyan.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.portal.QianliyanApplication;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.imports.CaseImportService;
import org.qianliyan.portal.incinerator.compliance.ComplianceRules;
import org.qianliyan.portal.incinerator.hj212.Hj212Crc;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh portal with its demo, then real data as it comes: an ljgk import retires every
 * generated document for good (also after a restart), the new plant is linked by the NLP
 * and by a case import at once, and HJ 212 frames of a mapped device become judged days on
 * the plant while an unmapped device is listed to staff. Its own portal, index prefix and
 * data directory, since it changes what the demo does.
 */
class RealDataArrivesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLANT = "E2EPLANT0001";
    private static final String OUTLET = "E2EOUTLET0001";
    private static final String PLANT_NAME = "临江绿能环保电力有限公司";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String prefix = "itreal" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private int port;

    private ConfigurableApplicationContext start(Path dataDir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QianliyanApplication.class).run(
                "--spring.elasticsearch.uris=" + SharedElasticsearch.uri(),
                "--qianliyan.elasticsearch.index-prefix=" + prefix,
                "--qianliyan.data-dir=" + dataDir,
                "--server.port=0",
                "--qianliyan.incinerator.demo-plants=2",
                "--qianliyan.incinerator.demo-days=3",
                "--qianliyan.security.admin-password-hash=" + PortalIntegrationTest.ADMIN_PASSWORD_HASH);
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return context;
    }

    @Test
    void real_data_replaces_the_demo_for_good_is_linked_at_once_and_hj212_hours_are_judged(@TempDir Path dir)
            throws Exception {
        ConfigurableApplicationContext portal = start(dir.resolve("data"));
        try {
            assertThat(json("/api/v1/cases").path("total").asInt()).isEqualTo(60);
            JsonNode demoPlants = json("/api/v1/facilities").path("facilities");
            assertThat(demoPlants.findValuesAsText("demo")).containsOnly("true");
            List<String> linkedPlants = json("/api/v1/cases?size=100").path("cases").findValuesAsText("facilityId")
                    .stream().filter(id -> !id.isBlank()).distinct().toList();
            assertThat(linkedPlants).as("demo cases concern the demo plants")
                    .isNotEmpty().isSubsetOf(demoPlants.findValuesAsText("id"));
            TextAnalyzer analyzer = portal.getBean(TextAnalyzer.class);
            String complaint = "深圳" + PLANT_NAME + "焚烧厂附近居民反映夜间有刺鼻异味。";
            assertThat(linked(analyzer, complaint)).doesNotContain(PLANT);

            assertThat(command(portal, "import", "ljgk", "--plants", write(dir, "plants.csv", plantsCsv()).toString(),
                    "--furnaces", write(dir, "furnaces.csv", furnacesCsv()).toString())).isZero();

            assertNoDemo();
            assertThat(linked(analyzer, complaint)).contains(PLANT);
            String caseJson = "[{\"行政相对人名称\":\"" + PLANT_NAME + "\",\"行政处罚决定书文号\":\"深环罚〔2025〕9号\","
                    + "\"处罚决定日期\":\"2025-03-20\",\"处罚机关\":\"深圳市生态环境局\",\"罚款金额（万元）\":\"10\","
                    + "\"省份\":\"广东\",\"城市\":\"深圳\"}]";
            portal.getBean(CaseImportService.class).importFile("case.json", write(dir, "case.json", caseJson), false,
                    rows -> { });
            JsonNode cases = json("/api/v1/cases?province=广东");
            assertThat(cases.path("total").asInt()).isEqualTo(1);
            assertThat(cases.path("cases").get(0).path("facilityId").asText()).isEqualTo(PLANT);

            hj212(portal, dir);
        } finally {
            portal.close();
        }
        ConfigurableApplicationContext restarted = start(dir.resolve("data"));
        try {
            assertNoDemo();
            assertThat(json("/api/v1/cases").path("total").asInt()).isEqualTo(1);
        } finally {
            deleteIndices(restarted);
            restarted.close();
        }
    }

    private void hj212(ConfigurableApplicationContext portal, Path dir) throws Exception {
        HttpResponse<String> mapped = http.send(staff("/api/v1/staff/hj212/mapping")
                .PUT(HttpRequest.BodyPublishers.ofString("mn,ps_code,mp_code\nE2EDEV01," + PLANT + "," + OUTLET + "\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mapped.statusCode()).isEqualTo(200);
        HttpResponse<String> bad = http.send(staff("/api/v1/staff/hj212/mapping")
                .PUT(HttpRequest.BodyPublishers.ofString("mn,ps_code\nE2EDEV01,x\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("detail").asText()).contains("mp_code");

        List<String> frames = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            // 1 March: particulate far over the 20 mg/m³ daily limit; 2 March: clean gas, but a cold furnace.
            frames.add(hourly("E2EDEV01", "20250301", hour, 50.0));
            frames.add(hourly("E2EDEV01", "20250302", hour, 8.0));
            frames.add(hourly("E2EDEV99", "20250301", hour, 9.0));
        }
        for (int slot = 0; slot < 60; slot++) {
            frames.add(temperature("E2EDEV01", "20250302", slot * 5, 800.0));
        }
        assertThat(command(portal, "import", "hj212", write(dir, "frames.txt", String.join("\n", frames)).toString()))
                .isZero();

        JsonNode days = json("/api/v1/facilities/" + PLANT + "/days?from=2025-03-01&to=2025-03-02").path("days");
        assertThat(days).extracting(day -> day.path("date").asText() + " " + day.path("verdict").asText())
                .containsExactly("2025-03-01 exceedance", "2025-03-02 exceedance");
        assertThat(days.get(0).path("reasons").findValuesAsText("pollutant")).contains("particulate");
        assertThat(days.get(1).path("reasons").findValuesAsText("rule")).contains(ComplianceRules.FURNACE_TEMPERATURE.id());

        HttpResponse<String> unmapped = http.send(staff("/api/v1/staff/hj212/unmapped").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unmapped.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unmapped.body()).findValuesAsText("mn")).containsExactly("E2EDEV99");
    }

    private void assertNoDemo() throws Exception {
        JsonNode cases = json("/api/v1/cases?size=100");
        assertThat(cases.path("cases").findValuesAsText("demo")).doesNotContain("true");
        assertThat(cases.path("cases").findValuesAsText("partyName")).noneMatch(name -> name.startsWith("示例"));
        JsonNode plants = json("/api/v1/facilities").path("facilities");
        assertThat(plants.findValuesAsText("id")).containsExactly(PLANT);
        assertThat(plants.findValuesAsText("demo")).containsOnly("false");
        assertThat(json("/api/v1/search?q=示例").path("hits")).isEmpty();
    }

    private static List<String> linked(TextAnalyzer analyzer, String text) {
        return analyzer.analyze(text).facilities().stream().map(FacilityLink::id).toList();
    }

    private static int command(ConfigurableApplicationContext portal, String... words) throws Exception {
        @SuppressWarnings("unchecked")
        Collection<CliCommand<?>> commands = (Collection<CliCommand<?>>) (Collection<?>) portal.getBeansOfType(CliCommand.class).values();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QianliyanCli.run(List.of(words), commands, new CliStreams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("rejected");
        return code;
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String plantsCsv() {
        return "ps_code,ps_name,region_name,address,longitude,latitude,manufacture_date,credit_code,boiler_num,"
                + "burn_ability,electric_power,afgroup_code,fullregion_name\n"
                + PLANT + "," + PLANT_NAME + ",深圳市,广东省深圳市临江路1号,114.05,22.55,2019-06-01,,1,600t/d,12000KW,,广东-深圳\n";
    }

    private static String furnacesCsv() {
        return "ps_code,mp_code,mp_name,boiler_name,boiler_type,creater_time,burn_ability,stopopen_time,stopopen_status,"
                + "stopopen_reason\n" + PLANT + "," + OUTLET + ",1号炉排口,1号炉,炉排炉,2019-06-01,600,,,\n";
    }

    private static String hourly(String mn, String day, int hour, double particulate) {
        String time = day + String.format("%02d", hour) + "0000";
        return frame("QN=" + time + "000;ST=22;CN=2061;PW=123456;MN=" + mn + ";Flag=4;CP=&&DataTime=" + time
                + ";a34013-Avg=" + particulate + ",a34013-ZsAvg=" + particulate + ",a34013-Flag=N&&");
    }

    private static String temperature(String mn, String day, int minuteOfDay, double celsius) {
        String time = day + String.format("%02d%02d", minuteOfDay / 60, minuteOfDay % 60) + "00";
        return frame("QN=" + time + "000;ST=22;CN=2111;PW=123456;MN=" + mn + ";Flag=4;CP=&&DataTime=" + time
                + ";a01901-Avg=" + celsius + ",a01901-Flag=N&&");
    }

    private static String frame(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        return "##" + String.format("%04d", bytes.length) + segment + Hj212Crc.hex(bytes);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder staff(String path) {
        String credentials = "admin:" + PortalIntegrationTest.ADMIN_PASSWORD;
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path.replace("示例", "%E7%A4%BA%E4%BE%8B")
                .replace("广东", "%E5%B9%BF%E4%B8%9C"));
    }

    private void deleteIndices(ConfigurableApplicationContext portal) {
        new IndexLifecycle(portal.getBean(ElasticsearchClient.class), new IndexNames(prefix))
                .deleteAll(portal.getBean(IndexSchema.class).definitions());
    }
}
