package org.qianliyan.portal.incinerator.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the platform's field formats ({@code 1350t/d}, {@code 37000KW}, dates) with row-level errors. */
final class FieldParsing {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z/]*)");
    private static final DateTimeFormatter COMPACT_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private FieldParsing() {
    }

    static String required(Map<String, String> row, String column) throws InvalidRowException {
        String value = row.getOrDefault(column, "");
        if (value.isEmpty()) {
            throw new InvalidRowException(column + " is empty");
        }
        return value;
    }

    /** A number with an optional unit such as {@code 1350t/d}; {@code null} for an empty field. */
    static Integer quantity(Map<String, String> row, String column) throws InvalidRowException {
        String value = row.getOrDefault(column, "");
        if (value.isEmpty()) {
            return null;
        }
        Matcher matcher = NUMBER_WITH_UNIT.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidRowException(column + " is not a number with a unit: " + value);
        }
        return (int) Math.round(Double.parseDouble(matcher.group(1)));
    }

    static Double decimal(Map<String, String> row, String column) throws InvalidRowException {
        String value = row.getOrDefault(column, "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidRowException(column + " is not a number: " + value);
        }
    }

    /** A date given as {@code 2016-12-14} or {@code 2016-12-14 00:00:00}; {@code null} for an empty field. */
    static LocalDate date(Map<String, String> row, String column) throws InvalidRowException {
        String value = row.getOrDefault(column, "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException(column + " is not a date: " + value);
        }
    }

    static LocalDate compactDay(Map<String, String> row, String column) throws InvalidRowException {
        String value = required(row, column);
        try {
            return LocalDate.parse(value, COMPACT_DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException(column + " is not a yyyyMMdd day: " + value);
        }
    }
}
