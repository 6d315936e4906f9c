package org.qianliyan.portal.incinerator.imports;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.ImportLjgk;
import org.springframework.stereotype.Component;

/**
 * {@code import ljgk --plants F [--furnaces F] [--daily F] [--skip-invalid] [--force]}: the
 * ministry platform's exports. Exit 2 when a file is unreadable, has invalid rows (unless
 * skipped) or would rename most stored plants (unless forced).
 */
@Component
class ImportLjgkCommand implements CliCommand<ImportLjgk> {

    private final LjgkImporter importer;

    ImportLjgkCommand(LjgkImporter importer) {
        this.importer = importer;
    }

    @Override
    public Class<ImportLjgk> options() {
        return ImportLjgk.class;
    }

    @Override
    public int run(ImportLjgk options, CliStreams io) throws Exception {
        ImportReport report;
        try {
            report = importer.importFiles(new LjgkFiles(options.plants, options.furnaces, options.daily), options.skipInvalid,
                    options.force, ImportProgress.NONE);
        } catch (InvalidFileException e) {
            throw new CliUsageException(e.getMessage());
        }
        (report.committed() ? io.out() : io.err()).println(report.summary());
        return report.committed() ? 0 : 2;
    }
}
