package org.qianliyan.portal.enforcement.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The header row of an import file, checked before any data row is read so that a wrong
 * file fails at once with every unknown and missing column named.
 */
public final class CaseHeader {

    private final List<CaseColumn> columns;

    private CaseHeader(List<CaseColumn> columns) {
        this.columns = columns;
    }

    /** @throws InvalidHeaderException listing unknown, duplicate and missing columns */
    public static CaseHeader of(List<String> headers) {
        List<CaseColumn> columns = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicate = new LinkedHashSet<>();
        Set<CaseColumn> seen = EnumSet.noneOf(CaseColumn.class);
        for (String header : headers) {
            var column = CaseColumn.byHeader(header);
            if (column.isEmpty()) {
                if (!header.isBlank() && !CaseColumn.DERIVED_HEADERS.contains(header.strip())) {
                    unknown.add(header.strip());
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
            if (column.schemaColumn() && !seen.contains(column)) {
                missing.add(column.header());
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty() || !duplicate.isEmpty()) {
            throw new InvalidHeaderException(List.copyOf(unknown), missing, List.copyOf(duplicate));
        }
        return new CaseHeader(columns);
    }

    /** The column at {@code position}, or null for a blank header whose cells are ignored. */
    public CaseColumn columnAt(int position) {
        return position < columns.size() ? columns.get(position) : null;
    }

    public int size() {
        return columns.size();
    }
}
