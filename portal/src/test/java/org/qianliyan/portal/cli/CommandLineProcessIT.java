package org.qianliyan.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.portal.QianliyanApplication;

/**
 * The jar's entry point in a JVM of its own, as a user runs it: what reaches standard output
 * and the exit code, with logs and Spring's notices kept off standard output.
 */
class CommandLineProcessIT {

    @TempDir
    Path folder;

    private record Outcome(int exit, String out, String err) {
    }

    private Outcome run(String stdin, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QianliyanApplication.class.getName()));
        command.addAll(List.of(arguments));
        command.add("--qianliyan.data-dir=" + folder.resolve("data"));
        // The test class path also holds the index module's logback-test.xml, which Spring would prefer.
        command.add("--logging.config=classpath:logback-spring.xml");
        Process process = new ProcessBuilder(command)
                .redirectError(folder.resolve("stderr.txt").toFile())
                .redirectOutput(folder.resolve("stdout.txt").toFile())
                .start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        // A bound only so that a hung child cannot hang the build.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Outcome(process.exitValue(),
                java.nio.file.Files.readString(folder.resolve("stdout.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void crawl_help_answers_without_creating_the_data_directory_or_starting_elasticsearch() throws Exception {
        Outcome outcome = run("", "crawl", "--help");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).startsWith("Usage: qianliyan crawl");
        assertThat(outcome.err()).isEmpty();
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void an_unknown_option_exits_2_with_the_usage_on_standard_error_only() throws Exception {
        Outcome outcome = run("", "crawl", "--once", "--bogus");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains("Unknown option: '--bogus'").contains("Usage: qianliyan crawl");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void the_version_is_printed() throws Exception {
        Outcome outcome = run("", "--version");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).startsWith("qianliyan ");
    }

    @Test
    void nlp_analyze_prints_only_json_on_standard_output() throws Exception {
        Outcome outcome = run("金乡盛运半夜偷排黑烟，刺鼻的臭味把我们都熏醒了。", "nlp", "analyze",
                "--spring.elasticsearch.uris=" + SharedElasticsearch.uri(),
                "--qianliyan.elasticsearch.index-prefix=cli-process-it-");

        assertThat(outcome.exit()).as(outcome.err()).isZero();
        ObjectMapper strict = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        // The whole of standard output is one JSON value: nothing before it, nothing after it.
        assertThat(outcome.out()).as("standard output").startsWith("{");
        try (JsonParser parser = strict.createParser(outcome.out())) {
            JsonNode result = strict.readTree(parser);
            assertThat(parser.nextToken()).isNull();
            assertThat(result.path("sentiment").path("label").asText()).isEqualTo("NEGATIVE");
        }
    }
}
