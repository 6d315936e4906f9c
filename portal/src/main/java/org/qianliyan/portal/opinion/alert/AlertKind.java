package org.qianliyan.portal.opinion.alert;

import java.util.Locale;

/** What tripped an alert. */
public enum AlertKind {
    /** Posts about a topic far above its baseline. */
    TOPIC_SPIKE,
    /** Posts about a monitored facility far above its baseline. */
    FACILITY_SPIKE,
    /** Posts placed in a province far above its baseline. */
    PROVINCE_SPIKE,
    /** Negative posts about a monitored facility far above their baseline. */
    FACILITY_NEGATIVE_SURGE,
    /** A source answered with an anti-bot page and is backed off. */
    SOURCE_BLOCKED,
    /** Many fetches of a source failed. */
    SOURCE_FAILING;

    /** @return the name used in the API and the index, such as {@code topic-spike} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static AlertKind ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
