package org.qianliyan.portal.enforcement.search;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.qianliyan.portal.csv.CsvWriter;
import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseStatusChange;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.SupervisionStatus;

/**
 * Cases as CSV in the import template's columns, the national 行政处罚 header first (so an
 * export can be re-imported, here or wherever the national format is read), plus
 * the id and the facility link, through the portal's one {@link CsvWriter} (UTF-8 with a
 * byte-order mark, formula-safe: case texts come from crawled pages).
 */
public final class CaseCsv implements AutoCloseable {

    private final CsvWriter csv;

    public CaseCsv(OutputStream out) {
        this.csv = CsvWriter.utf8(out);
        List<String> headers = new ArrayList<>(CaseColumn.headers());
        headers.addAll(CaseColumn.DERIVED_HEADERS);
        csv.row(headers);
    }

    public void write(EnforcementCase value) {
        List<String> cells = new ArrayList<>();
        for (CaseColumn column : CaseColumn.values()) {
            cells.add(cell(value, column));
        }
        cells.add(value.id());
        cells.add(value.facility().facilityId());
        cells.add(value.facility().facilityName());
        cells.add(value.facility().basis().name());
        csv.row(cells);
    }

    /** The cell of {@code column} as the import reads it back. */
    static String cell(EnforcementCase value, CaseColumn column) {
        return switch (column) {
            case PARTY_NAME -> value.partyName();
            case CREDIT_CODE -> value.creditCode().orElse("");
            case DECISION_NUMBER -> value.decisionNumber();
            case VIOLATION_TYPE -> value.violationType();
            case VIOLATION_FACTS -> value.violationFacts();
            case LEGAL_BASIS -> value.legalBasis();
            case PENALTY_CATEGORY -> value.penaltyCategory();
            case PENALTY_CONTENT -> value.penaltyContent();
            case PENALTY_AMOUNT -> value.penaltyAmount().map(a -> a.tenThousandYuan().toPlainString()).orElse("");
            case PARTY_CATEGORY -> value.details().partyCategory();
            case LEGAL_REPRESENTATIVE -> value.details().legalRepresentative();
            case CONFISCATION_AMOUNT -> value.details().confiscationAmount()
                    .map(a -> a.tenThousandYuan().toPlainString()).orElse("");
            case LICENCE -> value.details().licence();
            case VALIDITY_END -> value.details().validUntil();
            case PUBLICITY_END -> value.details().publicUntil();
            case AUTHORITY_CODE -> value.details().authorityCode();
            case DATA_SOURCE_CODE -> value.details().dataSourceCode();
            case REMARKS -> value.details().remarks();
            case DECISION_DATE -> value.decisionDate().toString();
            case AUTHORITY -> value.authority();
            case DATA_SOURCE -> value.dataSource();
            case PROVINCE -> value.region().province();
            case CITY -> value.region().city();
            case COUNTY -> value.region().county();
            case SOURCE_URL -> value.sourceUrl();
            case SUPERVISION_KIND -> value.supervision().map(o -> o.kind().chinese()).orElse("");
            case SUPERVISION_NUMBER -> value.supervision().map(o -> o.orderNumber()).orElse("");
            case SUPERVISION_ISSUER -> value.supervision().map(o -> o.issuer()).orElse("");
            case SUPERVISION_ISSUED -> statusDate(value, SupervisionStatus.ISSUED);
            case SUPERVISION_RECTIFYING -> statusDate(value, SupervisionStatus.RECTIFYING);
            case SUPERVISION_CLOSED -> statusDate(value, SupervisionStatus.CLOSED);
        };
    }

    private static String statusDate(EnforcementCase value, SupervisionStatus status) {
        return value.supervision().flatMap(o -> o.history().stream().filter(c -> c.status() == status).findFirst())
                .map(CaseStatusChange::date).map(Object::toString).orElse("");
    }

    @Override
    public void close() {
        csv.close();
    }
}
