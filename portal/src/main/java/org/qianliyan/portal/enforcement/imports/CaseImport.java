package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseRowParser;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.InvalidFieldException;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.enforcement.store.CaseWriter;

/**
 * Imports a file of cases. All or nothing by default: a first streaming pass validates
 * every row and, if any is bad, the report lists the problems and nothing is written.
 * With {@code skipInvalid} bad rows are reported and skipped in the second pass. Cases are
 * linked to facilities and written in batches under deterministic ids (idempotent).
 */
public class CaseImport {

    /** Opens the file afresh for each pass. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    static final int BATCH = 1000;
    static final int LISTED_PROBLEMS = 1000;

    private final CaseWriter writer;
    private final FacilityMatcher matcher;

    public CaseImport(CaseWriter writer, FacilityMatcher matcher) {
        this.writer = writer;
        this.matcher = matcher;
    }

    public ImportReport run(String fileName, Source source, boolean skipInvalid, LongConsumer rowsDone)
            throws IOException {
        CaseFileReader reader = CaseFileReader.forFileName(fileName);
        // The whole file is read once before anything is written, so a file that turns out
        // unreadable halfway (truncated, a zip bomb, an unclosed quote) writes nothing, with --skip-invalid too.
        Tally validation = new Tally();
        try (InputStream in = source.open()) {
            reader.read(in, new CaseRowSink() {
                @Override
                public void accept(long line, Map<CaseColumn, String> row) {
                    validation.problems(line, CaseRowParser.parse(row).problems());
                }

                @Override
                public void ignoredColumns(List<String> headers) {
                    validation.ignored.addAll(headers);
                }
            });
        }
        if (!skipInvalid && validation.problemCount > 0) {
            return new ImportReport(validation.rows, validation.invalid, 0, true, validation.problemCount,
                    validation.listed, Map.of(), List.of(), List.copyOf(validation.ignored));
        }
        Tally tally = new Tally();
        List<EnforcementCase> batch = new ArrayList<>(BATCH);
        Map<LinkBasis, Long> links = new EnumMap<>(LinkBasis.class);
        List<CaseWriter.Refusal> refusals = new ArrayList<>();
        try (InputStream in = source.open()) {
            reader.read(in, new CaseRowSink() {
                @Override
                public void accept(long line, Map<CaseColumn, String> row) {
                    CaseRowParser.ParsedRow parsed = CaseRowParser.parse(row);
                    tally.problems(line, parsed.problems());
                    parsed.value().ifPresent(value -> {
                        EnforcementCase linked = value.withFacility(matcher.link(value));
                        links.merge(linked.facility().basis(), 1L, Long::sum);
                        batch.add(linked);
                    });
                    if (batch.size() == BATCH) {
                        flush(batch, refusals, tally);
                        rowsDone.accept(tally.rows);
                    }
                }

                @Override
                public void ignoredColumns(List<String> headers) {
                    tally.ignored.addAll(headers);
                }
            });
        }
        flush(batch, refusals, tally);
        writer.refresh();
        rowsDone.accept(tally.rows);
        return new ImportReport(tally.rows, tally.invalid, tally.written, false, tally.problemCount, tally.listed,
                links, refusals, List.copyOf(tally.ignored));
    }

    private void flush(List<EnforcementCase> batch, List<CaseWriter.Refusal> refusals, Tally tally) {
        try {
            List<CaseWriter.Refusal> refused = writer.write(batch);
            refusals.addAll(refused);
            tally.written += batch.size() - refused.size();
            batch.clear();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing cases to Elasticsearch failed", e);
        }
    }

    /** Counts of one pass. */
    private static final class Tally {
        long rows;
        long written;
        long invalid;
        long problemCount;
        final List<RowProblem> listed = new ArrayList<>();
        final Set<String> ignored = new LinkedHashSet<>();

        void problems(long line, List<InvalidFieldException> found) {
            rows++;
            if (found.isEmpty()) {
                return;
            }
            invalid++;
            for (InvalidFieldException problem : found) {
                problemCount++;
                if (listed.size() < LISTED_PROBLEMS) {
                    listed.add(new RowProblem(line, problem.field(), problem.value(), problem.reason()));
                }
            }
        }
    }
}
