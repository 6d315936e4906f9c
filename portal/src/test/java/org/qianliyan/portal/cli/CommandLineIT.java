package org.qianliyan.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.index.testing.SharedElasticsearch;

/** One-shot commands in a real Spring context against the test cluster. */
class CommandLineIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_contracted_command_without_its_bean_says_so_and_exits_with_2() {
        int exit = QianliyanCli.run(List.of("user", "add", "reporter", "--role", "staff"), List.of(), io());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'user add' is not available in this version yet");
        assertThat(out.size()).isZero();
    }

    @Test
    void user_add_and_user_list_run_in_the_command_context_against_the_cluster() throws Exception {
        String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(run("Tidal-Marsh-93\n", "user", "add", name, "--role", "admin"))
                .as(() -> err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("", "user", "list", "--json")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("added " + name + " (admin)")
                .contains("\"name\":\"" + name + "\"").doesNotContain("$2a$");
    }

    @Test
    void nlp_analyze_prints_json_with_sentiment_and_masked_text() throws Exception {
        int exit = run("垃圾焚烧厂晚上偷排黑烟，气味刺鼻，投诉电话13812345678一直没人接，身份证370828199001011235。", "nlp",
                "analyze");

        assertThat(exit).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.path("sentiment").path("label").asText()).isEqualTo("NEGATIVE");
        assertThat(result.path("maskedText").asText()).contains("偷排黑烟").doesNotContain("13812345678");
        assertThat(result.path("tokens")).isNotEmpty();
        assertThat(result.path("tokens").findValuesAsText("word")).as("no token carries the phone or ID number")
                .noneMatch(word -> word.contains("1234") || word.contains("5678") || word.contains("19900101"));
        assertThat(result.path("keywords").toString()).doesNotContain("5678", "19900101");
    }

    @Test
    void nlp_analyze_without_text_is_bad_input() {
        assertThat(run("  ", "nlp", "analyze")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard input is empty");
    }

    @Test
    void nlp_train_writes_the_model_under_the_data_directory_and_rejects_a_missing_directory(@TempDir Path dir)
            throws Exception {
        Path reviews = Files.createDirectory(dir.resolve("reviews"));
        Files.writeString(reviews.resolve("r.csv"), "label,review\n1,很好很满意\n1,干净方便\n0,太差了\n0,脏乱差\n");
        Path model = Path.of("target/cli-it-data/models/sentiment.model");
        Files.deleteIfExists(model);

        assertThat(run("", "nlp", "train", "--sentiment", reviews.toString())).isZero();
        assertThat(model).isRegularFile();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("trained on 4 examples");

        assertThat(run("", "nlp", "train", "--sentiment", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a directory").contains("Usage: qianliyan nlp train");
    }

    private int run(String stdin, String... words) {
        String[] args = new String[words.length + 3];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = "--spring.elasticsearch.uris=" + SharedElasticsearch.uri();
        args[words.length + 1] = "--qianliyan.elasticsearch.index-prefix=cli-it-";
        args[words.length + 2] = "--qianliyan.data-dir=target/cli-it-data";
        return QianliyanCli.run(args, io(stdin));
    }

    private CliStreams io() {
        return io("");
    }

    private CliStreams io(String stdin) {
        return new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
