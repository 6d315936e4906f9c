package org.qianliyan.portal.enforcement.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.enforcement.domain.InvalidHeaderException;
import org.springframework.stereotype.Component;

/**
 * {@code import cases F [--skip-invalid]}: exit 0 when every row was imported (or skipped
 * on request), 2 for a bad file or bad rows (each named on stderr), 1 if Elasticsearch
 * refused documents.
 */
@Component
class ImportCasesCommand implements CliCommand {

    private final CaseImportService imports;

    ImportCasesCommand(CaseImportService imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import cases";
    }

    @Override
    public String usage() {
        return "import cases F [--skip-invalid]   (F: .csv, .xlsx or .json with the national 行政处罚 header)";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) throws Exception {
        CliArguments parsed = CliArguments.parse(arguments, Set.of(), Set.of("skip-invalid"));
        if (parsed.positional().size() != 1) {
            throw new CliUsageException("expected one file: " + usage());
        }
        Path file = CliArguments.requireReadableFile(parsed.positional().get(0), "import cases");
        ImportReport report;
        try {
            report = imports.importFile(file.getFileName().toString(), file, parsed.flag("skip-invalid"), rows -> { });
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
