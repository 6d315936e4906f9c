package org.qianliyan.portal.incinerator.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: rows read, imported and skipped, every skip with its line and reason.
 * {@code committed} is false when invalid rows made an all-or-nothing import write nothing.
 */
public final class ImportReport {

    private long read;
    private long imported;
    private final List<RowProblem> problems = new ArrayList<>();
    private boolean committed;

    void countRead() {
        read++;
    }

    void countImported(long count) {
        imported += count;
    }

    void problem(RowProblem problem) {
        problems.add(problem);
    }

    void committed(boolean value) {
        committed = value;
    }

    public long read() {
        return read;
    }

    public long imported() {
        return imported;
    }

    public long skipped() {
        return problems.size();
    }

    /** Rows that make an all-or-nothing import refuse the files. */
    public long invalid() {
        return problems.stream().filter(RowProblem::invalid).count();
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean committed() {
        return committed;
    }

    /** A few lines for a person: the counts, then each problem. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("rows read ").append(read).append(", imported ").append(imported)
                .append(", skipped ").append(skipped());
        if (!committed) {
            text.append(" (nothing written: ").append(invalid())
                    .append(" invalid rows; use --skip-invalid to import the rest)");
        }
        problems.stream().limit(200).forEach(p -> text.append('\n').append(p));
        if (problems.size() > 200) {
            text.append("\n… and ").append(problems.size() - 200).append(" more");
        }
        return text.toString();
    }
}
