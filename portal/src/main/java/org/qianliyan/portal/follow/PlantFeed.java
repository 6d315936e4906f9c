package org.qianliyan.portal.follow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import org.qianliyan.portal.atom.AtomEntry;
import org.qianliyan.portal.enforcement.EnforcementHistory;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.i18n.BundleI18nProvider;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.FacilityDay;
import org.qianliyan.portal.search.FacilityCoverage;
import org.qianliyan.portal.search.export.SearchAtomEntries;
import org.springframework.stereotype.Service;

/**
 * "Follow this plant": what happened to one plant, newest first, for its Atom feed
 * ({@code GET /api/v1/facilities/{id}/feed.atom}): its exceedance days (超标日, each outlet-day
 * with pollutant, value and limit), its enforcement cases and its coverage (articles the caller
 * may read: institutional sources for the public, never individual social posts). Entry ids never
 * change for the same day, case or article, so a reader shows each once.
 */
@Service
public class PlantFeed {

    /** Entries in the feed, of all three kinds together. */
    public static final int ENTRIES = 50;
    /** How far back exceedance days are looked for, from the latest judged day. */
    static final int DAYS_BACK = 366;

    private final IncineratorCatalogue catalogue;
    private final EnforcementHistory enforcement;
    private final FacilityCoverage coverage;
    private final I18NProvider texts;

    PlantFeed(IncineratorCatalogue catalogue, EnforcementHistory enforcement, FacilityCoverage coverage, I18NProvider texts) {
        this.catalogue = catalogue;
        this.enforcement = enforcement;
        this.coverage = coverage;
        this.texts = texts;
    }

    /** A plant's feed: its title, its page, and its newest entries. */
    public record Feed(String title, String pageUrl, List<AtomEntry> entries) {
    }

    /**
     * @param baseUrl scheme, host and port, for the entries' portal links
     * @return empty for an unknown plant
     */
    public Optional<Feed> of(String facilityId, String baseUrl) {
        Period period = catalogue.defaultPeriod();
        Optional<PlantSummary> plant = catalogue.plant(facilityId, period);
        if (plant.isEmpty()) {
            return Optional.empty();
        }
        String page = baseUrl + "/incinerators/" + facilityId;
        List<AtomEntry> entries = new ArrayList<>();
        Period searched = Period.ending(period.to(), DAYS_BACK);
        catalogue.days(facilityId, searched).stream().filter(day -> day.verdict() == Verdict.EXCEEDANCE)
                .forEach(day -> entries.add(exceedance(day, page)));
        enforcement.casesOf(facilityId).forEach(value -> entries.add(penalty(value, baseUrl)));
        coverage.newest(facilityId, ENTRIES).hits().forEach(hit -> entries.add(SearchAtomEntries.of(hit, baseUrl)));
        List<AtomEntry> newest = entries.stream()
                .sorted(Comparator.comparing(AtomEntry::updated).reversed().thenComparing(AtomEntry::id))
                .limit(ENTRIES).toList();
        return Optional.of(new Feed(text("incinerator.feed.title", plant.get().plant().name()), page, newest));
    }

    private AtomEntry exceedance(FacilityDay day, String page) {
        String outlet = day.pointName() == null || day.pointName().isBlank() ? day.pointId() : day.pointName();
        List<String> findings = day.reasons().stream().filter(r -> r.verdict() == Verdict.EXCEEDANCE).map(this::describe).toList();
        String title = text("incinerator.feed.exceedance", day.date().toString(), outlet, String.join("；", findings));
        String basis = String.join("；", day.reasons().stream().filter(r -> r.verdict() == Verdict.EXCEEDANCE)
                .map(r -> r.rule().legalBasis()).filter(b -> !b.isBlank()).distinct().toList());
        return new AtomEntry("urn:qianliyan:exceedance:" + day.facilityId() + ":" + day.pointId() + ":" + day.date(), title,
                page + "?from=" + day.date() + "&to=" + day.date(), midnight(day.date()), basis);
    }

    /** 颗粒物 日均值超过限值 25.1（限值 20）mg/m³, or the rule and its note for findings without a pollutant. */
    private String describe(Reason reason) {
        StringBuilder text = new StringBuilder();
        if (reason.pollutant() != null) {
            text.append(texts.getTranslation(reason.pollutant().labelKey(), BundleI18nProvider.CHINESE)).append(' ');
        }
        text.append(texts.getTranslation(reason.rule().labelKey(), BundleI18nProvider.CHINESE));
        if (reason.value() != null) {
            text.append(' ').append(number(reason.value()));
        }
        if (reason.limit() != null) {
            text.append(text("incinerator.feed.limit", number(reason.limit())));
        }
        if (!reason.note().isEmpty()) {
            text.append("（").append(reason.note()).append("）");
        }
        return text.toString();
    }

    private AtomEntry penalty(EnforcementCase value, String baseUrl) {
        String title = text("incinerator.feed.case", value.decisionNumber(), value.authority());
        String summary = String.join(" ", value.violationType(), value.violationFacts(), value.penaltyContent()).strip();
        return new AtomEntry("urn:qianliyan:case:" + value.id(), title, baseUrl + "/enforcement/" + value.id(),
                midnight(value.decisionDate()), summary);
    }

    private String text(String key, Object... parameters) {
        return texts.getTranslation(key, BundleI18nProvider.CHINESE, parameters);
    }

    /** Dates are days: an entry is updated at the day's start, UTC, as the search feed's are. */
    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
