package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates written the ways Chinese sites write them — {@code 2023年12月2日},
 * {@code 2023-12-02 10:30}, {@code 2023/12/2}, {@code 2023.12.02} — in Beijing time.
 */
public final class ChineseDates {

    /** Beijing time, in which Chinese sites state their dates. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /**
     * A date, optionally followed by a time and, after a time, a UTC offset ({@code Z}, {@code +08:00}):
     * groups 1–3 year, month, day; 4–6 hour, minute, second; 7 the offset.
     */
    public static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:\\s*(?:T|\\s)?\\s*(\\d{1,2})[:：时](\\d{1,2})(?:[:：分](\\d{1,2}))?(?:\\.\\d{1,9})?"
                    + "(?:\\s*(Z|[+-]\\d{2}:?\\d{2}(?!\\d)))?)?");

    private ChineseDates() {
    }

    /**
     * @param text    text holding a date somewhere
     * @param formats profile formats tried first on the whole (trimmed) text
     * @return the first date found, as an instant
     */
    public static Optional<Instant> find(String text, List<String> formats) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (String format : formats) {
            Optional<Instant> parsed = parseWith(trimmed, format);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return findPublishTime(text).map(PublishTime::instant);
    }

    /** @return the first date found with the built-in formats */
    public static Optional<Instant> find(String text) {
        return find(text, List.of());
    }

    /**
     * @param m a match of {@link #DATE}
     * @return the publish time it states: date only when it has no time; Beijing time unless it names an offset
     */
    static Optional<PublishTime> toPublishTime(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (m.group(4) == null) {
                return Optional.of(PublishTime.onDay(LocalDate.of(year, month, day)));
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneId zone = m.group(7) == null ? BEIJING : ZoneOffset.of(m.group(7).length() == 5
                    ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7));
            return Optional.of(PublishTime.at(local.atZone(zone).toInstant()));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the first publish time stated in the text, see {@link #toPublishTime} */
    static Optional<PublishTime> findPublishTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<PublishTime> time = toPublishTime(m);
            if (time.isPresent()) {
                return time;
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> parseWith(String text, String format) {
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format);
            try {
                return Optional.of(LocalDateTime.parse(text, formatter).atZone(BEIJING).toInstant());
            } catch (DateTimeParseException noTime) {
                return Optional.of(LocalDate.parse(text, formatter).atStartOfDay(BEIJING).toInstant());
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
