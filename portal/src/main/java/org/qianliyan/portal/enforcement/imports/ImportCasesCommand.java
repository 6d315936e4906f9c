package org.qianliyan.portal.enforcement.imports;

import java.nio.file.Path;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.ImportCases;
import org.qianliyan.portal.enforcement.domain.InvalidHeaderException;
import org.springframework.stereotype.Component;

/**
 * {@code import cases F [--skip-invalid]}: exit 0 when every row was imported (or skipped
 * on request), 2 for a bad file or bad rows (each named on stderr), 1 if Elasticsearch
 * refused documents.
 */
@Component
class ImportCasesCommand implements CliCommand<ImportCases> {

    private final CaseImportService imports;

    ImportCasesCommand(CaseImportService imports) {
        this.imports = imports;
    }

    @Override
    public Class<ImportCases> options() {
        return ImportCases.class;
    }

    @Override
    public int run(ImportCases options, CliStreams io) throws Exception {
        Path file = options.file;
        ImportReport report;
        try {
            report = imports.importFile(file.getFileName().toString(), file, options.skipInvalid, rows -> { });
        } catch (InvalidHeaderException | UnreadableFileException e) {
            throw new CliUsageException(file.getFileName() + ": " + e.getMessage());
        }
        if (!report.ignoredColumns().isEmpty()) {
            io.err().println(file.getFileName() + ": warning: ignored unknown columns "
                    + String.join(", ", report.ignoredColumns()));
        }
        report.problems().forEach(problem -> io.err().println(file.getFileName() + ": " + problem));
        if (report.problemCount() > report.problems().size()) {
            io.err().println("… and " + (report.problemCount() - report.problems().size()) + " more problems");
        }
        report.refusals().forEach(refusal -> io.err().println("refused by Elasticsearch: case " + refusal.caseId()
                + ": " + refusal.reason()));
        if (report.rejected()) {
            io.err().println("nothing imported: " + report.invalidRows() + " of " + report.rowsRead()
                    + " rows are invalid (fix them, or pass --skip-invalid to import the rest)");
            return 2;
        }
        io.out().println("imported " + report.written() + " cases from " + report.rowsRead() + " rows"
                + (report.skipped() > 0 ? ", skipped " + report.skipped() + " invalid rows" : "")
                + "; facility links: " + report.links());
        return report.refusals().isEmpty() ? 0 : 1;
    }
}
