package org.qianliyan.portal.enforcement.domain;

/** Where a supervision order stands: issued (下达), being rectified (整改中), closed (销号/办结). */
public enum SupervisionStatus {
    ISSUED("已下达"),
    RECTIFYING("整改中"),
    CLOSED("已办结");

    private final String chinese;

    SupervisionStatus(String chinese) {
        this.chinese = chinese;
    }

    /** The label used in imports and disclosures. */
    public String chinese() {
        return chinese;
    }
}
