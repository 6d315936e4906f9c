package org.qianliyan.portal.enforcement.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.portal.enforcement.domain.CaseRowParser;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.imports.DataImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Where the crawl pipeline hands a crawled 行政处罚 disclosure: mapped to a case, linked to
 * a facility and written under the same deterministic id an import would use, so a
 * disclosure crawled twice, or also imported, is one case. A page that is not a complete
 * case is an expected outcome, logged at DEBUG and reported by the return value.
 */
@Service
public class CrawledCaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CrawledCaseIntake.class);
    // Facilities change rarely (an import); re-reading them for every page would cost a scroll each.
    private static final Duration FACILITIES_MAX_AGE = Duration.ofMinutes(10);

    private final CaseWriter writer;
    private final FacilityLookup facilities;
    private FacilityMatcher matcher;
    private Instant matcherLoaded = Instant.MIN;

    public CrawledCaseIntake(CaseWriter writer, FacilityLookup facilities) {
        this.writer = writer;
        this.facilities = facilities;
    }

    /** @return true when the document carried a complete case, now written */
    public boolean accept(CrawledDocument document) {
        if (document.disclosure() == null) {
            return false;
        }
        CaseRowParser.ParsedRow row = DisclosureCaseMapper.map(document.disclosure(), document.url());
        if (row.value().isEmpty()) {
            log.debug("Disclosure {} is not a complete case: {}", document.url(), row.problems());
            return false;
        }
        EnforcementCase value = row.value().get();
        try {
            List<CaseWriter.Refusal> refused = writer.write(List.of(value.withFacility(matcher().link(value))));
            return refused.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the case of " + document.url() + " failed", e);
        }
    }

    /** Facilities imported after start are linked from the next disclosure on. */
    @EventListener
    synchronized void facilitiesImported(DataImported event) {
        if (event.facilitiesChanged()) {
            matcher = null;
        }
    }

    private synchronized FacilityMatcher matcher() throws IOException {
        Instant now = Instant.now();
        if (matcher == null || matcherLoaded.plus(FACILITIES_MAX_AGE).isBefore(now)) {
            matcher = new FacilityMatcher(facilities.all());
            matcherLoaded = now;
        }
        return matcher;
    }
}
