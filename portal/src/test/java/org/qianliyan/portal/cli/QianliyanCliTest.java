package org.qianliyan.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and checking of the command line, which happen before Spring or Elasticsearch start. */
class QianliyanCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    private int run(String arguments) {
        List<String> args = new ArrayList<>(arguments.isBlank() ? List.of() : List.of(arguments.split(" ")));
        // Any context that started would create the data directory first (embedded Elasticsearch lives there).
        args.add("--qianliyan.data-dir=" + folder.resolve("data"));
        return QianliyanCli.run(args.toArray(String[]::new), io());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void only_settings_after_an_optional_serve_mean_serve() {
        assertThat(QianliyanCli.isServe(new String[0])).isTrue();
        assertThat(QianliyanCli.isServe(new String[] {"serve", "--server.port=9090"})).isTrue();
        assertThat(QianliyanCli.isServe(new String[] {"--qianliyan.data-dir=/srv/q"})).isTrue();
        assertThat(QianliyanCli.isServe(new String[] {"serve", "--help"})).isFalse();
        assertThat(QianliyanCli.isServe(new String[] {"crawl", "--once", "--qianliyan.data-dir=/srv/q"})).isFalse();
        assertThat(QianliyanCli.settings(new String[] {"crawl", "--source", "mee", "--server.port=9090"}))
                .containsExactly("--server.port=9090");
    }

    @ParameterizedTest
    @CsvSource({
        "--help, Usage: qianliyan ",
        "-h, Commands:",
        "serve --help, Usage: qianliyan serve",
        "import --help, Usage: qianliyan import",
        "import ljgk --help, --plants=F",
        "import cases -h, Usage: qianliyan import cases",
        "import hj212 --help, Usage: qianliyan import hj212",
        "crawl --help, --source=ID",
        "sources add --help, Usage: qianliyan sources add",
        "user add --help, --role=staff|admin",
        "user disable --help, Usage: qianliyan user disable",
        "user list --help, Usage: qianliyan user list",
        "nlp analyze --help, Usage: qianliyan nlp analyze",
        "nlp train -h, --sentiment=DIR"})
    void every_command_answers_help_at_once_on_standard_output_without_starting_anything(String arguments, String expected) {
        assertThat(run(arguments)).isZero();

        assertThat(out()).contains(expected);
        assertThat(err()).isEmpty();
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void the_program_help_names_every_command_and_the_version_is_printed() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("serve", "import", "crawl", "sources", "user", "nlp");

        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("qianliyan ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate | Unmatched argument at index 0: 'frobnicate'",
        "crawl --bogus | Unknown option: '--bogus'",
        "crawl --help-me | Unknown option: '--help-me'",
        "import | give one of the commands of 'import'",
        "import ljgk | give at least one of --plants, --furnaces, --daily",
        "import ljgk --plants | Missing required parameter for option '--plants'",
        "import ljgk --plants no-such-file.csv | cannot read file",
        "import cases | Missing required parameter: 'F'",
        "import cases pom.xml pom.xml | Unmatched argument",
        "sources add missing.json | cannot read file",
        "user add reporter | Missing required option: '--role=staff|admin'",
        "user add reporter --role boss | Invalid value for option '--role'",
        "user disable | Missing required parameter: 'NAME'",
        "nlp analyze extra | Unmatched argument",
        "nlp train | Missing required option: '--sentiment=DIR'",
        "nlp train --sentiment no-such-dir | not a directory"})
    void bad_input_exits_2_with_the_reason_and_the_usage_before_anything_starts(String arguments, String reason) {
        assertThat(run(arguments)).isEqualTo(2);

        assertThat(err()).contains(reason).contains("Usage: qianliyan");
        assertThat(out()).isEmpty();
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"import cases", "import hj212", "sources add"})
    void an_existing_file_is_accepted_by_the_parser(String command) throws Exception {
        Path file = Files.writeString(folder.resolve("input.txt"), "x");
        List<String> words = new ArrayList<>(List.of(command.split(" ")));
        words.add(file.toString());

        // No bean runs it here: the parser accepted the file, dispatch finds no command.
        int exit = QianliyanCli.run(words, List.of(), io());

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("'" + command + "' is not available in this version yet");
    }

    @Test
    void the_parsed_options_reach_the_command_and_its_exit_code_is_returned() throws Exception {
        Path plants = Files.writeString(folder.resolve("plants.csv"), "ps_code\n");
        List<CommandLineContract.ImportLjgk> received = new ArrayList<>();
        CliCommand<CommandLineContract.ImportLjgk> command = command(CommandLineContract.ImportLjgk.class,
                (options, io) -> {
                    received.add(options);
                    io.out().println("done");
                    return 0;
                });

        int exit = QianliyanCli.run(List.of("import", "ljgk", "--plants", plants.toString(), "--skip-invalid"),
                List.of(command), io());

        assertThat(exit).isZero();
        assertThat(received).singleElement().satisfies(options -> {
            assertThat(options.plants).isEqualTo(plants);
            assertThat(options.daily).isNull();
            assertThat(options.skipInvalid).isTrue();
        });
        assertThat(out()).isEqualTo("done" + System.lineSeparator());
    }

    @Test
    void a_usage_error_from_the_command_itself_exits_2_and_a_failure_exits_1() {
        List<CliCommand<?>> commands = List.of(
                command(CommandLineContract.NlpAnalyze.class, (options, io) -> {
                    throw new CliUsageException("standard input is empty");
                }),
                command(CommandLineContract.UserList.class, (options, io) -> {
                    throw new IllegalStateException("cluster unreachable");
                }));

        assertThat(QianliyanCli.run(List.of("nlp", "analyze"), commands, io())).isEqualTo(2);
        assertThat(QianliyanCli.run(List.of("user", "list"), commands, io())).isEqualTo(1);
        assertThat(err()).contains("qianliyan nlp analyze: standard input is empty")
                .contains("qianliyan user list: failed: cluster unreachable");
    }

    private CliStreams io() {
        return new CliStreams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What a command does, for {@link #command}. */
    private interface Body<O> {
        int run(O options, CliStreams io) throws Exception;
    }

    private static <O> CliCommand<O> command(Class<O> type, Body<O> body) {
        return new CliCommand<>() {
            @Override
            public Class<O> options() {
                return type;
            }

            @Override
            public int run(O options, CliStreams io) throws Exception {
                return body.run(options, io);
            }
        };
    }
}
