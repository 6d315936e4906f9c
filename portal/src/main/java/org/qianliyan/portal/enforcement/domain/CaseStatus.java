package org.qianliyan.portal.enforcement.domain;

/**
 * The status facet of the list: where a case's supervision order stands, or
 * {@link #DECIDED} for a penalty without one (the decision itself is the outcome).
 */
public enum CaseStatus {
    DECIDED,
    ISSUED,
    RECTIFYING,
    CLOSED;

    public static CaseStatus of(EnforcementCase value) {
        return value.supervision().map(order -> CaseStatus.valueOf(order.currentStatus().name())).orElse(DECIDED);
    }
}
