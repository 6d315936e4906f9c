package org.qianliyan.portal.enforcement.search;

/** The orders the list offers; newest first is the default. */
public enum CaseSort {
    DATE_DESC("date-desc"),
    DATE_ASC("date-asc"),
    AMOUNT_DESC("amount-desc"),
    AMOUNT_ASC("amount-asc");

    private final String parameter;

    CaseSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} query parameter. */
    public String parameter() {
        return parameter;
    }

    public static CaseSort fromParameter(String value) {
        for (CaseSort sort : values()) {
            if (sort.parameter.equals(value)) {
                return sort;
            }
        }
        throw new InvalidCaseQueryException("sort must be one of date-desc, date-asc, amount-desc, amount-asc, got '"
                + value + "'");
    }
}
