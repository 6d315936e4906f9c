package org.qianliyan.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
    void user_add_takes_the_password_from_standard_input_and_user_list_shows_the_account_without_its_hash()
            throws Exception {
        String name = "Reporter-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(run("harbour-Lights-42\n", "user", "add", name, "--role", "staff")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("added " + name.toLowerCase(Locale.ROOT));

        out.reset();
        assertThat(run("", "user", "list", "--json")).isZero();
        String listed = out.toString(StandardCharsets.UTF_8);
        JsonNode user = findUser(new ObjectMapper().readTree(listed), name.toLowerCase(Locale.ROOT));
        assertThat(user.path("role").asText()).isEqualTo("STAFF");
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(listed).doesNotContain("$2a$").doesNotContain("harbour").doesNotContainIgnoringCase("hash");

        out.reset();
        assertThat(run("", "user", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NAME").contains(name.toLowerCase(Locale.ROOT))
                .doesNotContain("$2a$");
    }

    @Test
    void user_add_refuses_a_weak_password_a_bad_role_and_a_name_taken_in_another_case_with_exit_2() throws Exception {
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(run("1234567890\n", "user", "add", name, "--role", "staff")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("most common passwords");
        assertThat(run("short1\n", "user", "add", name, "--role", "staff")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters");
        assertThat(run("Good-enough-2024\n", "user", "add", name, "--role", "boss")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("staff or admin");
        assertThat(run("", "user", "list", "--json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(name);

        assertThat(run("Good-enough-2024\n", "user", "add", name, "--role", "admin")).isZero();
        assertThat(run("Other-enough-2024\n", "user", "add", name.toUpperCase(Locale.ROOT), "--role", "staff"))
                .as(() -> err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists already");
    }

    @Test
    void user_disable_disables_an_account_and_refuses_an_unknown_one() throws Exception {
        String name = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(run("Leaving-soon-77\n", "user", "add", name, "--role", "staff")).isZero();

        assertThat(run("", "user", "disable", name)).isZero();
        out.reset();
        assertThat(run("", "user", "list", "--json")).isZero();
        assertThat(findUser(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)), name)
                .path("enabled").asBoolean()).isFalse();

        assertThat(run("", "user", "disable", "nobody-" + name)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no user named");
    }

    private static JsonNode findUser(JsonNode users, String name) {
        for (JsonNode user : users) {
            if (user.path("name").asText().equals(name)) {
                return user;
            }
        }
        throw new AssertionError("user " + name + " not listed in " + users);
    }

    @Test
    void nlp_analyze_prints_json_with_sentiment_and_masked_text() throws Exception {
        int exit = run("垃圾焚烧厂晚上偷排黑烟，气味刺鼻，投诉电话13812345678一直没人接。", "nlp", "analyze");

        assertThat(exit).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.path("sentiment").path("label").asText()).isEqualTo("NEGATIVE");
        assertThat(result.path("maskedText").asText()).contains("偷排黑烟").doesNotContain("13812345678");
        assertThat(result.path("tokens")).isNotEmpty();
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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a directory");
    }

    private int run(String stdin, String... words) {
        String[] args = new String[words.length + 3];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = "--spring.elasticsearch.uris=" + SharedElasticsearch.uri();
        args[words.length + 1] = "--qianliyan.elasticsearch.index-prefix=cli-it-";
        args[words.length + 2] = "--qianliyan.data-dir=target/cli-it-data";
        var io = new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return CommandLine.run(args, io);
    }
}
