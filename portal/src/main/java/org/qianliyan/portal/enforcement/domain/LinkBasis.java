package org.qianliyan.portal.enforcement.domain;

/** Why a case is attached to a facility, shown next to the link so readers can judge it. */
public enum LinkBasis {
    /** Same 统一社会信用代码: certain. */
    CREDIT_CODE,
    /** Same normalised company name in the same region: likely. */
    NAME_AND_REGION,
    /** No facility matched. */
    NONE
}
