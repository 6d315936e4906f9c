package org.qianliyan.portal.enforcement.imports;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.CaseColumn;

/** Receives the data rows of an import file, one at a time, with the line the operator sees. */
@FunctionalInterface
public interface CaseRowSink {

    void accept(long line, Map<CaseColumn, String> row);

    /** Columns (or JSON keys) of the file that are not ours: their values are not imported. */
    default void ignoredColumns(List<String> headers) {
    }
}
