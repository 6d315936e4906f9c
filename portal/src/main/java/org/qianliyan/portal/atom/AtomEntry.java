package org.qianliyan.portal.atom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * One entry of an Atom feed.
 *
 * @param id      a URI that stays the same for the same thing on every fetch ({@code urn:qianliyan:case:…})
 * @param title   plain text
 * @param link    an absolute URL to read it
 * @param updated   when it happened, was published or last changed
 * @param published when it first appeared, when that differs from {@code updated}; may be null
 * @param category  a term that classifies it, such as an alert's kind; may be null
 * @param summary   plain text, may be empty
 */
public record AtomEntry(String id, String title, String link, Instant updated, Instant published, String category,
                        String summary) {

    /** An entry that was never changed after it appeared, without a category. */
    public AtomEntry(String id, String title, String link, Instant updated, String summary) {
        this(id, title, link, updated, null, null, summary);
    }

    /** Atom wants an instant: a date is midnight UTC, a timestamp its instant, no date the epoch. */
    public static Instant instant(String date) {
        try {
            if (date.length() == 10) {
                return LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(date);
            } catch (DateTimeParseException notInstant) {
                return Instant.EPOCH;
            }
        }
    }
}
