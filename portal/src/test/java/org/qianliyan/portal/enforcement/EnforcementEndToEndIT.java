package org.qianliyan.portal.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.domain.CaseId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal against the real test Elasticsearch: {@code import cases} on the
 * command line, then the cases through {@code /api/v1/cases}, one case, errors and CSV.
 * Each test imports what it reads (importing the same file again changes nothing), so the
 * tests run in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "qianliyan.enforcement.demo-cases=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementEndToEndIT {

    private static final String PREFIX = "enforcement-e2e-" + UUID.randomUUID().toString().substring(0, 8)
            .toLowerCase(Locale.ROOT) + "-";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris",
                () -> SharedElasticsearch.uri().toString());
        registry.add("qianliyan.elasticsearch.index-prefix", () -> PREFIX);
    }

    @Autowired
    private List<CliCommand<?>> commands;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private IndexSchema schema;
    @Autowired
    private co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @AfterAll
    void deleteIndices() {
        new IndexLifecycle(client, new IndexNames(PREFIX)).deleteAll(schema.definitions());
    }

    private static Path copy(String resource, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve(resource);
        try (InputStream in = EnforcementEndToEndIT.class.getResourceAsStream("/enforcement/" + resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> words = new ArrayList<>(List.of("import", "cases"));
        words.addAll(List.of(arguments));
        int code = QianliyanCli.run(words, commands, new CliStreams(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void importValidCases(Path folder) throws Exception {
        assertThat(run(copy("cases-valid.csv", folder).toString()).code()).isZero();
    }

    private long total() {
        return http.getForObject("/api/v1/cases", JsonNode.class).get("total").asLong();
    }

    @Test
    void a_file_with_bad_rows_exits_2_naming_each_line_and_imports_nothing(@TempDir Path folder) throws Exception {
        long before = total();
        Run run = run(copy("cases-with-bad-rows.csv", folder).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("line 3: 罚款金额（万元） \"20美元\": unknown unit \"美元\"")
                .contains("line 4: 行政处罚决定书文号").contains("nothing imported: 2 of 3 rows are invalid");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void a_missing_required_column_is_a_usage_error_naming_the_file_and_column(@TempDir Path folder) throws Exception {
        Path file = copy("cases-unknown-columns.csv", folder);
        Run missingColumn = run(file.toString());
        assertThat(missingColumn.code()).isEqualTo(2);
        assertThat(missingColumn.err()).contains("cases-unknown-columns.csv").contains("missing columns 处罚机关");
        Run unknownOption = run(file.toString(), "--force");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--force'").contains("Usage: qianliyan import cases");
    }

    @Test
    void a_valid_file_is_imported_and_listed_by_the_api_with_facets_and_sort(@TempDir Path folder) throws Exception {
        Run run = run(copy("cases-valid.csv", folder).toString());
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).startsWith("imported 3 cases from 3 rows");
        // Importing the same file again overwrites: still three cases.
        assertThat(run(copy("cases-valid.csv", folder.resolve("again")).toString()).out()).startsWith("imported 3 cases");

        assertThat(total()).isEqualTo(3);
        JsonNode list = http.getForObject("/api/v1/cases?province={p}&sort=amount-desc", JsonNode.class, "江苏省");
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("cases").get(0).get("decisionNumber").asText()).isEqualTo("常环罚〔2023〕12号");
        assertThat(list.get("cases").get(0).get("penaltyYuan").decimalValue()).isEqualByComparingTo("50000");
        assertThat(list.get("facets").get("province").toString()).contains("江苏省");
    }

    @Test
    void one_case_is_served_by_id_and_a_missing_one_is_a_json_404(@TempDir Path folder) throws Exception {
        importValidCases(folder);
        String id = CaseId.of("常环罚〔2023〕12号", "常州市生态环境局");
        JsonNode value = http.getForObject("/api/v1/cases/" + id, JsonNode.class);
        assertThat(value.get("supervision").get("history")).hasSize(3);
        assertThat(value.get("status").asText()).isEqualTo("CLOSED");
        ResponseEntity<String> missing = http.getForEntity("/api/v1/cases/nope", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JSON.readTree(missing.getBody()).get("error").asText()).isEqualTo("not found");
    }

    @Test
    void a_bad_filter_is_a_json_400_naming_the_parameter() throws Exception {
        ResponseEntity<String> bad = http.getForEntity("/api/v1/cases?band=huge", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(bad.getBody()).get("detail").asText()).startsWith("parameter 'band' cannot be 'huge'");
    }

    @Test
    void the_csv_of_the_list_has_a_byte_order_mark_and_the_filtered_rows(@TempDir Path folder) throws Exception {
        importValidCases(folder);
        ResponseEntity<byte[]> csv = http.getForEntity("/api/v1/cases.csv?year=2023", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] body = csv.getBody();
        assertThat(Map.of(0, body[0] & 0xFF, 1, body[1] & 0xFF, 2, body[2] & 0xFF))
                .isEqualTo(Map.of(0, 0xEF, 1, 0xBB, 2, 0xBF));
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("杭环罚〔2023〕7号").doesNotContain("锡环罚[2024]3号");
    }
}
