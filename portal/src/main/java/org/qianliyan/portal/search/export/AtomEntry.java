package org.qianliyan.portal.search.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.qianliyan.portal.search.SearchHit;

/**
 * One entry of an Atom feed.
 *
 * @param id      a URI that stays the same for the same thing on every fetch ({@code urn:qianliyan:case:…})
 * @param title   plain text
 * @param link    an absolute URL to read it
 * @param updated when it happened or was published
 * @param summary plain text, may be empty
 */
public record AtomEntry(String id, String title, String link, Instant updated, String summary) {

    /** The entry of a search result: ids {@code urn:qianliyan:{dataset}:{id}}, portal links made absolute. */
    public static AtomEntry of(SearchHit hit, String baseUrl) {
        return new AtomEntry("urn:qianliyan:" + hit.kind().name().toLowerCase(Locale.ROOT) + ":" + hit.id(),
                hit.title().isBlank() ? hit.id() : hit.title(), ExportColumns.absolute(hit.link(), baseUrl),
                instant(hit.date()), hit.snippet());
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
