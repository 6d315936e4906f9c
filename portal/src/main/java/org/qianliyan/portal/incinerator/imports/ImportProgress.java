package org.qianliyan.portal.incinerator.imports;

/** Told how far an import is, for a progress bar; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, rows) -> { };

    /** @param phase {@code validating} or {@code writing}; @param rows rows handled so far in that phase */
    void update(String phase, long rows);
}
