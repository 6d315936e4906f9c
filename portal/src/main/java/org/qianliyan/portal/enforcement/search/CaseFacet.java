package org.qianliyan.portal.enforcement.search;

import org.qianliyan.portal.enforcement.store.CaseFields;

/** The list's facets: the URL parameter, the indexed field, and how many buckets to show. */
public enum CaseFacet {
    PROVINCE("province", CaseFields.PROVINCE, 40),
    YEAR("year", CaseFields.YEAR, 30),
    VIOLATION_TYPE("violationType", CaseFields.VIOLATION_TYPE, 20),
    BAND("band", CaseFields.PENALTY_BAND, 10),
    AUTHORITY("authority", CaseFields.AUTHORITY, 20),
    STATUS("status", CaseFields.STATUS, 10);

    private final String parameter;
    private final String field;
    private final int size;

    CaseFacet(String parameter, String field, int size) {
        this.parameter = parameter;
        this.field = field;
        this.size = size;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    public int size() {
        return size;
    }
}
