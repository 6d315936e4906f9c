package org.qianliyan.portal.opinion.posts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.nlp.sentiment.SentimentLabel;
import org.qianliyan.nlp.topic.Topic;

/**
 * Which posts the dashboard, the post list, the API and the briefing look at: a period
 * {@code [from, to)} split into buckets of {@code interval}, and optional restrictions. The
 * same query parameters serve the page URLs and the API ({@link #parse}, {@link #toParameters}),
 * so a chart's link and an API call name the same posts.
 *
 * <p>Days are China Standard Time days: {@code from=2024-03-01&to=2024-03-07} is the seven
 * whole days, {@code to} included. Instants ({@code 2024-03-01T08:00:00Z}) are exact bounds,
 * {@code to} excluded; drill-down links into one hour use them.
 *
 * @param topic     a {@link Topic} name or null
 * @param sentiment a {@link SentimentLabel} name or null
 * @param facility  a facility id or null
 * @param province  a province as stored on posts (full name, 浙江省) or null
 * @param kind      a {@link SourceKind} name or null
 * @param source    a source id or null
 * @param author    an author (account) or null
 * @param keyword   a keyword of the post (as the hot words name them) or null
 */
public record OpinionFilter(Instant from, Instant to, Interval interval, String topic, String sentiment,
                            String facility, String province, String kind, boolean complaintOnly,
                            String source, String author, String keyword) {

    /** Days and buckets are counted in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** More buckets than this is a mistake (a year by the hour), not a chart. */
    static final int MAX_BUCKETS = 2_000;
    private static final int DEFAULT_DAYS = 7;

    public OpinionFilter {
        if (!from.isBefore(to)) {
            throw new InvalidFilterException("'from' (" + from + ") must be before 'to' (" + to + ")");
        }
        long buckets = Duration.between(from, to).dividedBy(interval.length());
        if (buckets > MAX_BUCKETS) {
            throw new InvalidFilterException("interval '" + interval.parameter() + "' gives " + buckets
                    + " buckets over this period; at most " + MAX_BUCKETS + ": choose a wider interval or a shorter period");
        }
    }

    /** The last seven days up to and including {@code today}, by day. */
    public static OpinionFilter lastWeek(LocalDate today) {
        return new OpinionFilter(startOf(today.minusDays(DEFAULT_DAYS - 1L)), startOf(today.plusDays(1)), Interval.DAY,
                null, null, null, null, null, false, null, null, null);
    }

    /**
     * Reads the filter from query parameters (absent or blank ones take their default).
     *
     * @throws InvalidFilterException naming the first bad parameter
     */
    public static OpinionFilter parse(Map<String, String> parameters, LocalDate today) {
        OpinionFilter defaults = lastWeek(today);
        Instant to = bound(parameters.get("to"), "to", true, defaults.to());
        Instant from = bound(parameters.get("from"), "from", false,
                parameters.containsKey("to") ? to.atZone(ZONE).minusDays(DEFAULT_DAYS).toInstant() : defaults.from());
        return new OpinionFilter(from, to,
                choice(Interval.class, "interval", parameters.get("interval"), Interval.DAY),
                name(choice(Topic.class, "topic", parameters.get("topic"), null)),
                name(choice(SentimentLabel.class, "sentiment", parameters.get("sentiment"), null)),
                blankToNull(parameters.get("facility")), blankToNull(parameters.get("province")),
                name(choice(SourceKind.class, "kind", parameters.get("kind"), null)),
                flag(parameters.get("complaint")), blankToNull(parameters.get("source")),
                blankToNull(parameters.get("author")), blankToNull(parameters.get("keyword")));
    }

    /** The query parameters that give this filter back through {@link #parse}. */
    public Map<String, String> toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        boolean wholeDays = isDayStart(from) && isDayStart(to);
        p.put("from", wholeDays ? from.atZone(ZONE).toLocalDate().toString() : from.toString());
        p.put("to", wholeDays ? to.atZone(ZONE).toLocalDate().minusDays(1).toString() : to.toString());
        p.put("interval", interval.parameter());
        putIfSet(p, "topic", topic);
        putIfSet(p, "sentiment", sentiment);
        putIfSet(p, "facility", facility);
        putIfSet(p, "province", province);
        putIfSet(p, "kind", kind);
        if (complaintOnly) {
            p.put("complaint", "true");
        }
        putIfSet(p, "source", source);
        putIfSet(p, "author", author);
        putIfSet(p, "keyword", keyword);
        return p;
    }

    public OpinionFilter withPeriod(Instant newFrom, Instant newTo) {
        return new OpinionFilter(newFrom, newTo, interval, topic, sentiment, facility, province, kind, complaintOnly,
                source, author, keyword);
    }

    public OpinionFilter withInterval(Interval value) {
        return new OpinionFilter(from, to, value, topic, sentiment, facility, province, kind, complaintOnly,
                source, author, keyword);
    }

    /**
     * This filter narrowed by one more parameter, as a chart element narrows it (for example
     * {@code with("sentiment", "NEGATIVE")}); checked like the URL's parameters.
     */
    public OpinionFilter with(String parameter, String value) {
        Map<String, String> p = toParameters();
        p.put(parameter, value);
        return parse(p, from.atZone(ZONE).toLocalDate());
    }

    /** The same restrictions over the {@code factor} periods of the same length just before this one. */
    public OpinionFilter background(int factor) {
        Duration length = Duration.between(from, to);
        return withPeriod(from.minus(length.multipliedBy(factor)), from);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static boolean isDayStart(Instant instant) {
        return instant.atZone(ZONE).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    private static Instant bound(String value, String parameter, boolean inclusiveDay, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return startOf(inclusiveDay ? day.plusDays(1) : day);
            }
            return v.endsWith("Z") ? Instant.parse(v) : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFilterException("parameter '" + parameter + "' must be a date (2024-03-01) or an instant"
                    + " (2024-03-01T08:00:00Z), got '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilterException("parameter '" + parameter + "' must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", got '" + value + "'");
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidFilterException("parameter 'complaint' must be true or false, got '" + value + "'");
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void putIfSet(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
