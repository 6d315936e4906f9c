package org.qianliyan.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliStreams io = new CliStreams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void no_arguments_or_settings_only_mean_serve() {
        assertThat(CommandLine.isServe(new String[0])).isTrue();
        assertThat(CommandLine.isServe(new String[]{"serve", "--server.port=9090"})).isTrue();
        assertThat(CommandLine.isServe(new String[]{"--server.port=9090"})).isTrue();
        assertThat(CommandLine.serveArguments(new String[]{"serve", "--server.port=9090"}))
                .containsExactly("--server.port=9090");
        assertThat(CommandLine.isServe(new String[]{"import", "cases", "f.csv"})).isFalse();
    }

    @Test
    void an_unknown_command_is_bad_input_with_the_usage() {
        int exit = CommandLine.run(new String[]{"frobnicate"}, io);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'frobnicate'")
                .contains("import ljgk --plants F");
        assertThat(out.size()).isZero();
    }

    @Test
    void help_lists_every_contracted_command() {
        assertThat(CommandLine.run(new String[]{"help"}, io)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("serve", "import cases F", "import hj212 F", "crawl [--source ID] [--once]",
                        "sources add F.json", "user add NAME", "user disable NAME", "user list", "nlp analyze", "nlp train --sentiment DIR");
    }

    @Test
    void options_are_parsed_and_typos_rejected() {
        CliArguments parsed = CliArguments.parse(List.of("--plants", "p.csv", "--skip-invalid", "extra"),
                Set.of("plants", "daily"), Set.of("skip-invalid"));
        assertThat(parsed.option("plants")).contains("p.csv");
        assertThat(parsed.option("daily")).isEmpty();
        assertThat(parsed.flag("skip-invalid")).isTrue();
        assertThat(parsed.positional()).containsExactly("extra");

        assertThatThrownBy(() -> CliArguments.parse(List.of("--plant", "p.csv"), Set.of("plants"), Set.of()))
                .isInstanceOf(CliUsageException.class).hasMessageContaining("unknown option --plant");
        assertThatThrownBy(() -> CliArguments.parse(List.of("--plants"), Set.of("plants"), Set.of()))
                .isInstanceOf(CliUsageException.class).hasMessageContaining("--plants needs a value");
    }

    @Test
    void an_unreadable_file_is_named_in_the_error() {
        assertThatThrownBy(() -> CliArguments.requireReadableFile("no/such/file.csv", "--plants"))
                .isInstanceOf(CliUsageException.class)
                .hasMessageContaining("--plants: cannot read file")
                .hasMessageContaining("file.csv");
    }
}
