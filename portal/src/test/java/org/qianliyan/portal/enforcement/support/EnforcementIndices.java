package org.qianliyan.portal.enforcement.support;

import java.util.List;

import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.support.TestIndices;

/** The {@code cases} and {@code facilities} indices for a test. */
public final class EnforcementIndices extends TestIndices {

    public EnforcementIndices() {
        super("enforcement", List.of(StandardIndices.CASES, StandardIndices.FACILITIES));
    }

    public String cases() {
        return alias("cases");
    }

    public String facilities() {
        return alias("facilities");
    }
}
