package org.qianliyan.portal.incinerator.imports;

/**
 * A row that was not imported: which file, which line, why, and whether it is invalid
 * (which stops an all-or-nothing import) or valid but not attributable to a known plant.
 */
public record RowProblem(String file, int line, String reason, boolean invalid) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (invalid ? "invalid: " : "skipped: ") + reason;
    }
}
