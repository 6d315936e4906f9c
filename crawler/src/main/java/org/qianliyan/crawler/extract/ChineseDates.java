package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
    /** A date, optionally followed by a time. */
    public static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:\\s*(?:T|\\s)?\\s*(\\d{1,2})[:：时](\\d{1,2})(?:[:：分](\\d{1,2}))?)?");

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
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<Instant> instant = toInstant(m);
            if (instant.isPresent()) {
                return instant;
            }
        }
        return Optional.empty();
    }

    /** @return the first date found with the built-in formats */
    public static Optional<Instant> find(String text) {
        return find(text, List.of());
    }

    static Optional<Instant> toInstant(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).atZone(BEIJING).toInstant());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
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
