package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When an article was published, as the page says it: a moment, or only a day. A day is
 * kept as the start of that day in Beijing time with {@code dateOnly} set, so that no
 * midnight is invented downstream.
 *
 * @param instant  the moment (for a day: its start in Beijing time)
 * @param dateOnly true when the page gave only a date
 */
public record PublishTime(Instant instant, boolean dateOnly) {

    /** Checks the moment. */
    public PublishTime {
        Objects.requireNonNull(instant, "instant");
    }

    /** @return a moment with a time of day */
    public static PublishTime at(Instant instant) {
        return new PublishTime(instant, false);
    }

    /** @return a day, in Beijing */
    public static PublishTime onDay(LocalDate day) {
        return new PublishTime(day.atStartOfDay(ChineseDates.BEIJING).toInstant(), true);
    }

    /** @return a local date-time in Beijing, or its day when {@code dateOnly} */
    static PublishTime beijing(LocalDateTime local, boolean dateOnly) {
        return dateOnly ? onDay(local.toLocalDate()) : at(local.atZone(ChineseDates.BEIJING).toInstant());
    }
}
