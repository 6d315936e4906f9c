package org.qianliyan.portal.incinerator.integrity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;

/**
 * {@code import ljgk} run through the command line's own parsing and dispatch over the
 * portal's command beans: the exit code with what it printed.
 */
record LjgkImportRun(int exitCode, String out, String err) {

    static LjgkImportRun of(List<? extends CliCommand<?>> commands, String... arguments) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var io = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> words = new ArrayList<>(List.of("import", "ljgk"));
        words.addAll(List.of(arguments));
        int code = QianliyanCli.run(words, commands, io);
        return new LjgkImportRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
