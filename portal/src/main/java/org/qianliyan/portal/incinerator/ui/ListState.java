package org.qianliyan.portal.incinerator.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.qianliyan.portal.incinerator.catalogue.PlantFilter;
import org.qianliyan.portal.incinerator.catalogue.PlantSort;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * The incinerator list's state as query parameters, the same names the API takes, so a
 * page's URL can be shared and its CSV link asks the API for exactly the rows shown.
 * Unreadable parameters fall back to their defaults rather than failing the page.
 */
record ListState(PlantFilter filter, LocalDate from, LocalDate to) {

    static ListState parse(Map<String, List<String>> parameters) {
        String verdict = first(parameters, "verdict");
        String sort = first(parameters, "sort");
        String capacity = first(parameters, "min_capacity");
        var filter = new PlantFilter(first(parameters, "q"), first(parameters, "province"), first(parameters, "city"),
                enumOrNull(Verdict.class, verdict), capacity.matches("\\d{1,6}") ? Integer.valueOf(capacity) : null,
                enumOrNull(PlantSort.class, sort), "desc".equals(first(parameters, "order")));
        return new ListState(filter, date(first(parameters, "from")), date(first(parameters, "to")));
    }

    /** The period asked for, or {@code fallback} when none (or an impossible one) is given. */
    Period period(Period fallback) {
        LocalDate end = to != null ? to : fallback.to();
        LocalDate start = from != null ? from : end.minusDays(fallback.to().toEpochDay() - fallback.from().toEpochDay());
        try {
            return new Period(start, end);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", filter.text());
        put(p, "province", filter.province());
        put(p, "city", filter.city());
        put(p, "verdict", filter.verdict() == null ? "" : filter.verdict().name().toLowerCase(Locale.ROOT));
        put(p, "min_capacity", filter.minCapacity() == null ? "" : filter.minCapacity().toString());
        put(p, "sort", filter.sort() == PlantSort.NAME ? "" : filter.sort().name().toLowerCase(Locale.ROOT));
        put(p, "order", filter.descending() ? "desc" : "");
        put(p, "from", from == null ? "" : from.toString());
        put(p, "to", to == null ? "" : to.toString());
        return p;
    }

    /** The API URL returning this list as CSV. */
    String csvUrl() {
        Map<String, String> p = parameters();
        p.put("format", "csv");
        return "/api/v1/facilities?" + p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (!value.isEmpty()) {
            p.put(key, value);
        }
    }

    private static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value.isEmpty() ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
