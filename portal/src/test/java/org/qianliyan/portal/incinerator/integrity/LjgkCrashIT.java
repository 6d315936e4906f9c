package org.qianliyan.portal.incinerator.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.portal.QianliyanApplication;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * kill -9 in the middle of {@code import ljgk}: the real command line runs in a child JVM and is
 * killed while it writes a long daily file of new days for stored plants. The API must go on
 * serving exactly the previous state (nothing of the killed import), the next start-up rolls
 * the unfinished import back, and importing the file again completes, twice with the same result.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "qianliyan.incinerator.demo=false")
class LjgkCrashIT {

    private static final int LATER_DAYS = 90;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERIOD = "from=2023-12-01&to=2024-03-31";

    @Autowired
    List<CliCommand<?>> commands;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    IndexSchema schema;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_import_killed_mid_way_shows_nothing_of_itself_and_is_rolled_back_then_completed() throws Exception {
        LjgkImportRun base = LjgkImportRun.of(commands, "--plants", LjgkTestFiles.excerpt(dir, "plants-excerpt.csv").toString(),
                "--furnaces", LjgkTestFiles.excerpt(dir, "furnaces-excerpt.csv").toString(),
                "--daily", LjgkTestFiles.excerpt(dir, "daily-excerpt.csv").toString(), "--force");
        assertThat(base.exitCode()).as(base.err()).isZero();
        String daysBefore = daysOfPlant();
        long means = count(IncineratorIndices.MONITORING_DAYS);
        long verdicts = count(IncineratorIndices.COMPLIANCE_DAYS);
        Path later = LjgkTestFiles.laterDays(dir, LATER_DAYS);
        Path log = dir.resolve("import.log");

        Process killed = importInChildJvm(later, log);
        String staged = awaitNewDocumentsStagedBy(killed, means, log);
        killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);

        assertThat(daysOfPlant()).as("the API serves the previous state").isEqualTo(daysBefore);
        assertThat(count(IncineratorIndices.MONITORING_DAYS)).isEqualTo(means);
        assertThat(count(IncineratorIndices.COMPLIANCE_DAYS)).isEqualTo(verdicts);
        assertThat(indexExists(staged)).as("the killed import's generation is left for recovery").isTrue();

        Process again = importInChildJvm(later, log);
        assertThat(again.waitFor(10, TimeUnit.MINUTES)).as("log " + log).isTrue();
        assertThat(again.exitValue()).as(Files.readString(log)).isZero();

        assertThat(indexExists(staged)).as("rolled back at start-up").isFalse();
        assertThat(unaliasedGenerations(IncineratorIndices.MONITORING_DAYS)).isEmpty();
        long rowsPerDay = LjgkTestFiles.text("daily-excerpt.csv").lines().filter(l -> l.contains(",20231201,")).count();
        assertThat(count(IncineratorIndices.MONITORING_DAYS)).isEqualTo(means + LATER_DAYS * rowsPerDay);
        String daysAfter = daysOfPlant();
        assertThat(JSON.readTree(daysAfter).path("days").size())
                .isGreaterThan(JSON.readTree(daysBefore).path("days").size());

        LjgkImportRun repeated = LjgkImportRun.of(commands, "--daily", later.toString());
        assertThat(repeated.exitCode()).as(repeated.err()).isZero();
        assertThat(count(IncineratorIndices.MONITORING_DAYS)).isEqualTo(means + LATER_DAYS * rowsPerDay);
        assertThat(daysOfPlant()).as("importing again changes nothing").isEqualTo(daysAfter);
    }

    private Process importInChildJvm(Path daily, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                QianliyanApplication.class.getName(), "import", "ljgk", "--daily", daily.toString(),
                "--spring.elasticsearch.uris=" + environment.getProperty("spring.elasticsearch.uris"),
                "--qianliyan.elasticsearch.index-prefix=" + environment.getProperty("qianliyan.elasticsearch.index-prefix"),
                "--qianliyan.data-dir=" + dir.resolve("data"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the import has written new documents into a generation that readers do not see yet. */
    private String awaitNewDocumentsStagedBy(Process importer, long stored, Path log) throws Exception {
        while (true) {
            assertThat(importer.isAlive()).as("the import must still run when it is killed; enlarge the file. Log:\n"
                    + Files.readString(log)).isTrue();
            for (String generation : unaliasedGenerations(IncineratorIndices.MONITORING_DAYS)) {
                Optional<Long> documents = countIfOpen(generation);
                if (documents.isPresent() && documents.get() > stored) {
                    return generation;
                }
            }
            Thread.sleep(50);
        }
    }

    private Set<String> unaliasedGenerations(String name) throws IOException {
        String alias = schema.alias(name);
        Set<String> all = new HashSet<>(client.indices().get(g -> g.index(alias + "-*")).result().keySet());
        all.removeAll(client.indices().getAlias(g -> g.name(alias)).result().keySet());
        return all;
    }

    private Optional<Long> countIfOpen(String index) {
        try {
            return Optional.of(client.count(c -> c.index(index)).count());
        } catch (IOException | RuntimeException notReadyYet) {
            return Optional.empty();
        }
    }

    private boolean indexExists(String index) throws IOException {
        return client.indices().exists(e -> e.index(index)).value();
    }

    private long count(String name) throws IOException {
        return client.count(c -> c.index(schema.alias(name))).count();
    }

    private String daysOfPlant() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/facilities/" + LjgkTestFiles.PLANT_ID + "/days?" + PERIOD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
