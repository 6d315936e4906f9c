package org.qianliyan.portal.enforcement.imports;

/** One bad value on one line of an import file. */
public record RowProblem(long line, String field, String value, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + field + " \"" + value + "\": " + reason;
    }
}
