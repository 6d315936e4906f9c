package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Feed dates: RFC 822 (RSS), ISO-8601 (Atom), then the Chinese formats. */
final class FeedDates {

    private FeedDates() {
    }

    static Optional<Instant> parse(String value, List<String> formats) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notRfc) {
            try {
                return Optional.of(OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeParseException notIso) {
                return ChineseDates.find(v, formats);
            }
        }
    }
}
