package org.qianliyan.portal.incinerator.domain;

/** Operating periods an operator may mark under the marking rules (公告2019年第50号). */
public enum Marking {
    STARTUP("启炉"),
    SHUTDOWN("停炉"),
    FAULT("故障"),
    ACCIDENT("事故");

    private final String chineseName;

    Marking(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
