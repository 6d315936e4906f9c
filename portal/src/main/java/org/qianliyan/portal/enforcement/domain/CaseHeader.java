package org.qianliyan.portal.enforcement.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The header row of an import file, checked before any data row is read so that a wrong
 * file fails at once with every missing and duplicate column named. Columns we do not
 * know (provincial additions such as 行政相对人代码_2) are ignored and listed, so the
 * import report can warn about them instead of refusing an otherwise good file.
 */
public final class CaseHeader {

    private final List<CaseColumn> columns;
    private final List<String> ignored;

    private CaseHeader(List<CaseColumn> columns, List<String> ignored) {
        this.columns = columns;
        this.ignored = ignored;
    }

    /** @throws InvalidHeaderException listing missing and duplicate columns */
    public static CaseHeader of(List<String> headers) {
        List<CaseColumn> columns = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicate = new LinkedHashSet<>();
        Set<CaseColumn> seen = EnumSet.noneOf(CaseColumn.class);
        for (String header : headers) {
            var column = CaseColumn.byHeader(header);
            if (column.isEmpty()) {
                if (!header.isBlank() && !CaseColumn.DERIVED_HEADERS.contains(header.strip())) {
                    unknown.add(header.replace("\uFEFF", "").strip());
                }
                columns.add(null);
            } else {
                if (!seen.add(column.get())) {
                    duplicate.add(column.get().header());
                }
                columns.add(column.get());
            }
        }
        List<String> missing = new ArrayList<>();
        for (CaseColumn column : CaseColumn.values()) {
            if (column.valueRequired() && !seen.contains(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty() || !duplicate.isEmpty()) {
            throw new InvalidHeaderException(List.copyOf(unknown), missing, List.copyOf(duplicate));
        }
        return new CaseHeader(columns, List.copyOf(unknown));
    }

    /** The column at {@code position}, or null for an ignored column whose cells are dropped. */
    public CaseColumn columnAt(int position) {
        return position < columns.size() ? columns.get(position) : null;
    }

    /** The headers of columns that are not ours, in file order; their cells are not imported. */
    public List<String> ignored() {
        return ignored;
    }

    public int size() {
        return columns.size();
    }
}
