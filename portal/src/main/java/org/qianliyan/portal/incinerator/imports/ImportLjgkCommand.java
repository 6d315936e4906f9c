package org.qianliyan.portal.incinerator.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.springframework.stereotype.Component;

/**
 * {@code import ljgk --plants F [--furnaces F] [--daily F] [--skip-invalid] [--force]}: the
 * ministry platform's exports. Exit 2 when a file is unreadable, has invalid rows (unless
 * skipped) or would rename most stored plants (unless forced).
 */
@Component
class ImportLjgkCommand implements CliCommand {

    private final LjgkImporter importer;

    ImportLjgkCommand(LjgkImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import ljgk";
    }

    @Override
    public String usage() {
        return "import ljgk --plants F [--furnaces F] [--daily F] [--skip-invalid] [--force]";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) throws Exception {
        var args = CliArguments.parse(arguments, Set.of("plants", "furnaces", "daily"), Set.of("skip-invalid", "force"));
        if (!args.positional().isEmpty()) {
            throw new CliUsageException("unexpected argument " + args.positional().get(0));
        }
        Path plants = args.readableFile("plants").orElse(null);
        Path furnaces = args.readableFile("furnaces").orElse(null);
        Path daily = args.readableFile("daily").orElse(null);
        if (plants == null && furnaces == null && daily == null) {
            throw new CliUsageException("give at least one of --plants, --furnaces, --daily");
        }
        ImportReport report;
        try {
            report = importer.importFiles(new LjgkFiles(plants, furnaces, daily), args.flag("skip-invalid"),
                    args.flag("force"), ImportProgress.NONE);
        } catch (InvalidFileException e) {
            throw new CliUsageException(e.getMessage());
        }
        (report.committed() ? io.out() : io.err()).println(report.summary());
        return report.committed() ? 0 : 2;
    }
}
