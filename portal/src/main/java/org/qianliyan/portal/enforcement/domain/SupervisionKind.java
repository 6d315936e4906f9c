package org.qianliyan.portal.enforcement.domain;

/** The two forms of supervision ecology departments publish beside penalties. */
public enum SupervisionKind {
    /** 挂牌督办: a case publicly listed for supervision by a higher authority. */
    LISTED_SUPERVISION("挂牌督办"),
    /** 电子督办单: an electronic supervision order sent to the responsible department. */
    ELECTRONIC_ORDER("电子督办单");

    private final String chinese;

    SupervisionKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The kind named {@code text} in Chinese or as the constant's name. */
    public static java.util.Optional<SupervisionKind> fromLabel(String text) {
        String label = text == null ? "" : text.strip();
        for (SupervisionKind kind : values()) {
            if (kind.chinese.equals(label) || kind.name().equalsIgnoreCase(label)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
