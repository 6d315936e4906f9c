package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.imports.DataImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Imports a case file from the command line or the staff Imports page, linked against today's facilities. */
@Service
public class CaseImportService {

    private static final Logger log = LoggerFactory.getLogger(CaseImportService.class);

    private final CaseWriter writer;
    private final FacilityLookup facilities;
    private final ApplicationEventPublisher events;

    public CaseImportService(CaseWriter writer, FacilityLookup facilities, ApplicationEventPublisher events) {
        this.writer = writer;
        this.facilities = facilities;
        this.events = events;
    }

    /**
     * @param fileName the name whose extension (.csv, .xlsx, .json) selects the format
     */
    public ImportReport importFile(String fileName, Path file, boolean skipInvalid, LongConsumer rowsDone)
            throws IOException {
        // Facilities are read at the start of each import: the incinerator import may have added some.
        CaseImport caseImport = new CaseImport(writer, new FacilityMatcher(facilities.all()));
        ImportReport report = caseImport.run(fileName, () -> Files.newInputStream(file), skipInvalid, rowsDone);
        log.info("Imported cases from {}: {} rows, {} written, {} skipped, {} problems, links {}", fileName,
                report.rowsRead(), report.written(), report.skipped(), report.problemCount(), report.links());
        if (report.written() > 0) {
            events.publishEvent(new DataImported("cases", false));
        }
        return report;
    }
}
