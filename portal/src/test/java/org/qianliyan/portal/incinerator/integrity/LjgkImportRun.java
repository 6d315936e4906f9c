package org.qianliyan.portal.incinerator.integrity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;

/**
 * {@code import ljgk} run through the portal's own command bean: exit 0 with the report, or 2
 * with the message that {@code CommandLine} prints for a {@link CliUsageException}.
 */
record LjgkImportRun(int exitCode, String out, String err) {

    static LjgkImportRun of(List<CliCommand> commands, String... arguments) throws Exception {
        CliCommand command = commands.stream().filter(c -> c.name().equals("import ljgk")).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var io = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = command.run(List.of(arguments), io);
        } catch (CliUsageException badInput) {
            io.err().println(badInput.getMessage());
            code = 2;
        }
        return new LjgkImportRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
