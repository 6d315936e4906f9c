package org.qianliyan.portal.enforcement.demo;

import java.io.IOException;
import java.util.List;

import org.qianliyan.portal.enforcement.EnforcementProperties;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;
import org.qianliyan.portal.enforcement.search.CaseSearch;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.imports.DemoSeeding;
import org.qianliyan.portal.imports.DemoSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * On a fresh start with no cases, writes 60 示例 cases so the pages are not empty. They
 * concern the demo plants (flagged {@code demo}) found in the facilities index at that moment and
 * are linked to them by the ordinary linking rules. Not in one-shot command runs, nor once
 * real data has been imported ({@link DemoSwitch}).
 */
@Component
@Profile("!cli")
class DemoCaseSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseSeeder.class);
    static final int DEMO_CASES = 60;
    private static final long SEED = 20_231_202L;

    private final CaseSearch search;
    private final CaseWriter writer;
    private final FacilityLookup facilities;
    private final EnforcementProperties properties;
    private final DemoSwitch demo;
    private final DemoSeeding seeding;

    DemoCaseSeeder(CaseSearch search, CaseWriter writer, FacilityLookup facilities, EnforcementProperties properties,
                   DemoSwitch demo, DemoSeeding seeding) {
        this.search = search;
        this.writer = writer;
        this.facilities = facilities;
        this.properties = properties;
        this.demo = demo;
        this.seeding = seeding;
    }

    // Late, so demo plants seeded at start-up by the incinerator feature are there to link to.
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seedWhenEmpty() throws IOException {
        if (!properties.demoCases() || demo.retired() || search.count() > 0) {
            return;
        }
        try (var underway = seeding.begin()) {
            seed();
        }
    }

    private void seed() throws IOException {
        List<FacilityIdentity> all = facilities.all();
        List<FacilityIdentity> demoPlants = all.stream().filter(FacilityIdentity::demo).limit(20).toList();
        FacilityMatcher matcher = new FacilityMatcher(all);
        List<EnforcementCase> cases = new DemoCaseGenerator(SEED).generate(DEMO_CASES, demoPlants).stream()
                .map(c -> c.withFacility(matcher.link(c))).toList();
        List<CaseWriter.Refusal> refused = writer.write(cases);
        writer.refresh();
        log.info("Wrote {} demo enforcement cases (示例), {} concerning demo plants; {} refused", cases.size() - refused.size(),
                Math.min(DEMO_CASES, demoPlants.size() * 2), refused.size());
    }
}
