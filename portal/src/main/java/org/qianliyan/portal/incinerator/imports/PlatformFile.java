package org.qianliyan.portal.incinerator.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Walks one export file row by row: parsed rows to a handler, unreadable rows to a problem list. */
final class PlatformFile {

    interface RowParser<T> {
        T parse(Map<String, String> row) throws InvalidRowException;
    }

    interface RowHandler<T> {
        /**
         * @return a reason to skip a valid row that cannot be attributed (such as a "no data" row naming no
         *         known plant), or {@code null} to accept it
         * @throws InvalidRowException when the row is invalid (such as an unknown plant code)
         */
        String accept(T row, int line) throws IOException, InvalidRowException;
    }

    private PlatformFile() {
    }

    static <T> void each(Path file, List<String> columns, RowParser<T> parser, RowHandler<T> handler,
                         ImportReport report, Consumer<RowProblem> problems, Runnable progress) throws IOException {
        String name = file.getFileName().toString();
        try (CsvTable table = CsvTable.open(Files.newInputStream(file), name, columns)) {
            Map<String, String> row;
            while ((row = table.next()) != null) {
                if (report != null) {
                    report.countRead();
                }
                progress.run();
                String fieldCount = row.get(CsvTable.FIELD_COUNT_PROBLEM);
                if (fieldCount != null) {
                    problems.accept(new RowProblem(name, table.lineNumber(), fieldCount, true));
                    continue;
                }
                try {
                    String skip = handler.accept(parser.parse(row), table.lineNumber());
                    if (skip != null) {
                        problems.accept(new RowProblem(name, table.lineNumber(), skip, false));
                    }
                } catch (InvalidRowException e) {
                    problems.accept(new RowProblem(name, table.lineNumber(), e.getMessage(), true));
                }
            }
        }
    }
}
