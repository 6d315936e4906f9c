package org.qianliyan.portal.opinion.posts;

import java.time.Duration;

/** The width of one bucket of the opinion timeline. */
public enum Interval {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7));

    private final Duration length;

    Interval(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** The parameter value: {@code hour}, {@code day} or {@code week}. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
