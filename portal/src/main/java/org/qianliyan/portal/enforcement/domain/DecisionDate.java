package org.qianliyan.portal.enforcement.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates disclosures use: 2023年12月2日, 2023-12-02, 2023/12/2 and 2023.12.02
 * (full-width digits too). Anything else is rejected rather than guessed: 12/02/2023 is
 * ambiguous and 20231202 is as likely a document number as a date.
 */
public final class DecisionDate {

    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    private DecisionDate() {
    }

    /** @throws InvalidFieldException naming {@code field} when {@code text} is blank, not a date or no such day */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "", "a date is required");
        }
        String folded = HalfWidth.fold(text).strip();
        Matcher chinese = CHINESE.matcher(folded);
        if (chinese.matches()) {
            return of(field, text, chinese.group(1), chinese.group(2), chinese.group(3));
        }
        Matcher separated = SEPARATED.matcher(folded);
        if (separated.matches()) {
            return of(field, text, separated.group(1), separated.group(3), separated.group(4));
        }
        throw new InvalidFieldException(field, text,
                "not a date (expected 2023年12月2日, 2023-12-02, 2023/12/2 or 2023.12.02)");
    }

    private static LocalDate of(String field, String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, text, "no such day");
        }
    }
}
