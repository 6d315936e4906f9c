package org.qianliyan.portal.opinion.review;

/** Where the office's response to a post stands. */
public enum ResponseStatus {
    /** 待处理 */
    PENDING("待处理"),
    /** 已回应 */
    RESPONDED("已回应"),
    /** 已转办: handed to the responsible department */
    FORWARDED("已转办"),
    /** 已办结 */
    CLOSED("已办结");

    private final String chinese;

    ResponseStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** @throws IllegalArgumentException unless {@code value} is a name (PENDING…) or the Chinese word (待处理…) */
    public static ResponseStatus parse(String value) {
        String v = value.strip();
        for (ResponseStatus s : values()) {
            if (s.name().equalsIgnoreCase(v) || s.chinese.equals(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown response status: " + value + " (待处理, 已回应, 已转办 or 已办结)");
    }
}
