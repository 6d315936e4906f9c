package org.qianliyan.portal.incinerator.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A closed range of natural days, {@code from} to {@code to} inclusive. */
public record Period(LocalDate from, LocalDate to) {

    /** Longer periods would make pages slow and exports huge; ten years covers any history we hold. */
    public static final long MAX_DAYS = 3_660;

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period starts " + from + " after it ends " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("period longer than " + MAX_DAYS + " days");
        }
    }

    /** The {@code days} days ending on {@code to}. */
    public static Period ending(LocalDate to, int days) {
        return new Period(to.minusDays(days - 1L), to);
    }
}
