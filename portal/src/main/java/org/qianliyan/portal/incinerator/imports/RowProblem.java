package org.qianliyan.portal.incinerator.imports;

/** A row that was not imported: which file, which line, why. */
public record RowProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
