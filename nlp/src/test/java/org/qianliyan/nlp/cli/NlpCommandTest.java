package org.qianliyan.nlp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.link.FacilityName;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NlpCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(NlpCommand command, String stdin, String... args) {
        return command.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void analyze_reads_standard_input_and_prints_json_with_the_contract_fields() throws Exception {
        NlpCommand command = new NlpCommand(NlpSettings.defaults(), () -> List.of(
                new FacilityName("p1", "金乡盛运环保电力有限公司", null, "山东", "济宁", "金乡县", null)));

        int code = run(command, "金乡盛运又冒黑烟了，太臭了，电话13812345678", "analyze");

        assertThat(code).isEqualTo(NlpCommand.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.has("tokens") && json.has("topics") && json.has("places") && json.has("keywords")).isTrue();
        assertThat(json.path("sentiment").path("label").asText()).isEqualTo("NEGATIVE");
        assertThat(json.path("facilities").path(0).path("id").asText()).isEqualTo("p1");
        assertThat(json.path("facilities").path(0).path("confidence").asDouble()).isPositive();
        assertThat(json.path("maskedText").asText()).contains("138********");
    }

    @Test
    void unknown_arguments_are_bad_input_with_usage_on_stderr() {
        assertThat(run(new NlpCommand(NlpSettings.defaults(), List::of), "", "analyse")).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    @Test
    void train_writes_the_model_to_the_configured_path_and_a_bad_directory_is_bad_input() throws Exception {
        Path data = Files.createDirectory(dir.resolve("reviews"));
        Files.writeString(data.resolve("r.csv"), "label,review\n1,很好很满意\n1,干净方便\n0,太差了\n0,脏乱差\n");
        Path model = dir.resolve("nlp/sentiment.model");
        NlpCommand command = new NlpCommand(NlpSettings.defaults().withSentimentModel(model), List::of);

        assertThat(run(command, "", "train", "--sentiment", data.toString())).isEqualTo(NlpCommand.OK);
        assertThat(model).isRegularFile();
        assertThat(run(command, "", "train", "--sentiment", dir.resolve("missing").toString()))
                .isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a directory");
    }
}
