package org.qianliyan.portal.opinion.alert;

import java.util.Locale;

/** Where the handling of an alert stands. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static AlertStatus ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
