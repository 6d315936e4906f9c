package org.qianliyan.portal.opinion.briefing;

import java.time.LocalDate;
import java.util.Locale;

import org.qianliyan.portal.opinion.posts.Interval;
import org.qianliyan.portal.opinion.posts.InvalidFilterException;
import org.qianliyan.portal.opinion.posts.OpinionFilter;

/** 日报 covers one day by the hour; 周报 the seven days ending on the given day, by the day. */
public enum BriefingKind {
    DAILY(1, Interval.HOUR),
    WEEKLY(7, Interval.DAY);

    private final int days;
    private final Interval interval;

    BriefingKind(int days, Interval interval) {
        this.days = days;
        this.interval = interval;
    }

    /** The period of the briefing ending with (and including) {@code lastDay}. */
    public OpinionFilter period(LocalDate lastDay) {
        return OpinionFilter.lastWeek(lastDay).withPeriod(OpinionFilter.startOf(lastDay.minusDays(days - 1L)),
                OpinionFilter.startOf(lastDay.plusDays(1))).withInterval(interval);
    }

    /** The same length just before. */
    public OpinionFilter previous(LocalDate lastDay) {
        return period(lastDay.minusDays(days));
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BriefingKind parse(String value) {
        for (BriefingKind kind : values()) {
            if (kind.parameter().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new InvalidFilterException("briefing must be daily or weekly, got '" + value + "'");
    }
}
