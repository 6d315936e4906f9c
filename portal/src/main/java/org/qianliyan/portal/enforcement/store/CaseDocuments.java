package org.qianliyan.portal.enforcement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.portal.enforcement.domain.CaseStatus;
import org.qianliyan.portal.enforcement.domain.CaseStatusChange;
import org.qianliyan.portal.enforcement.domain.CompanyNameKey;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.domain.NationalDetails;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.domain.SupervisionKind;
import org.qianliyan.portal.enforcement.domain.SupervisionOrder;
import org.qianliyan.portal.enforcement.domain.SupervisionStatus;

/**
 * A case as the {@code cases} index stores it and back. Derived fields (year, band,
 * status, name key) are stored so the list can facet on them without scripts.
 */
public final class CaseDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseDocuments() {
    }

    public static ObjectNode toDocument(EnforcementCase value) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put(CaseFields.ID, value.id());
        doc.put(CaseFields.PARTY_NAME, value.partyName());
        doc.put(CaseFields.PARTY_NAME_KEY, CompanyNameKey.of(value.partyName()));
        value.creditCode().ifPresent(code -> doc.put(CaseFields.CREDIT_CODE, code));
        doc.put(CaseFields.DECISION_NUMBER, value.decisionNumber());
        doc.put(CaseFields.VIOLATION_TYPE, value.violationType());
        doc.put(CaseFields.VIOLATION_FACTS, value.violationFacts());
        doc.put(CaseFields.LEGAL_BASIS, value.legalBasis());
        doc.put(CaseFields.PENALTY_CATEGORY, value.penaltyCategory());
        doc.put(CaseFields.PENALTY_CONTENT, value.penaltyContent());
        value.penaltyAmount().ifPresent(amount -> doc.put(CaseFields.PENALTY_YUAN, amount.yuan()));
        doc.put(CaseFields.PENALTY_BAND, value.penaltyBand().name());
        doc.put(CaseFields.DECISION_DATE, value.decisionDate().toString());
        doc.put(CaseFields.YEAR, value.decisionDate().getYear());
        doc.put(CaseFields.AUTHORITY, value.authority());
        doc.put(CaseFields.DATA_SOURCE, value.dataSource());
        doc.put(CaseFields.PROVINCE, value.region().province());
        doc.put(CaseFields.CITY, value.region().city());
        doc.put(CaseFields.COUNTY, value.region().county());
        doc.put(CaseFields.SOURCE_URL, value.sourceUrl());
        doc.put(CaseFields.STATUS, CaseStatus.of(value).name());
        value.supervision().ifPresent(order -> doc.set(CaseFields.SUPERVISION, supervision(order)));
        doc.put(CaseFields.FACILITY_ID, value.facility().facilityId());
        doc.put(CaseFields.FACILITY_NAME, value.facility().facilityName());
        doc.put(CaseFields.LINK_BASIS, value.facility().basis().name());
        doc.put(CaseFields.DEMO, value.demo());
        details(doc, value.details());
        return doc;
    }

    private static void details(ObjectNode doc, NationalDetails details) {
        doc.put(CaseFields.PARTY_CATEGORY, details.partyCategory());
        doc.put(CaseFields.LEGAL_REPRESENTATIVE, details.legalRepresentative());
        details.confiscationAmount().ifPresent(amount -> doc.put(CaseFields.CONFISCATION_YUAN, amount.yuan()));
        doc.put(CaseFields.LICENCE, details.licence());
        doc.put(CaseFields.VALID_UNTIL, details.validUntil());
        doc.put(CaseFields.PUBLIC_UNTIL, details.publicUntil());
        doc.put(CaseFields.AUTHORITY_CODE, details.authorityCode());
        doc.put(CaseFields.DATA_SOURCE_CODE, details.dataSourceCode());
        doc.put(CaseFields.REMARKS, details.remarks());
    }

    private static NationalDetails details(JsonNode doc) {
        return new NationalDetails(text(doc, CaseFields.PARTY_CATEGORY), text(doc, CaseFields.LEGAL_REPRESENTATIVE),
                amount(doc, CaseFields.CONFISCATION_YUAN), text(doc, CaseFields.LICENCE),
                text(doc, CaseFields.VALID_UNTIL), text(doc, CaseFields.PUBLIC_UNTIL),
                text(doc, CaseFields.AUTHORITY_CODE), text(doc, CaseFields.DATA_SOURCE_CODE),
                text(doc, CaseFields.REMARKS));
    }

    private static Optional<PenaltyAmount> amount(JsonNode doc, String field) {
        return doc.hasNonNull(field) ? Optional.of(new PenaltyAmount(new BigDecimal(doc.get(field).asText())))
                : Optional.empty();
    }

    private static ObjectNode supervision(SupervisionOrder order) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", order.kind().name());
        node.put("order_number", order.orderNumber());
        node.put("issuer", order.issuer());
        node.put("status", order.currentStatus().name());
        ArrayNode history = node.putArray("history");
        for (CaseStatusChange change : order.history()) {
            history.addObject().put("status", change.status().name()).put("date", change.date().toString())
                    .put("note", change.note());
        }
        return node;
    }

    public static EnforcementCase fromDocument(JsonNode doc) {
        Optional<PenaltyAmount> amount = amount(doc, CaseFields.PENALTY_YUAN);
        LinkBasis basis = LinkBasis.valueOf(doc.path(CaseFields.LINK_BASIS).asText(LinkBasis.NONE.name()));
        FacilityLink link = basis == LinkBasis.NONE ? FacilityLink.NONE
                : new FacilityLink(text(doc, CaseFields.FACILITY_ID), text(doc, CaseFields.FACILITY_NAME), basis);
        return new EnforcementCase(text(doc, CaseFields.PARTY_NAME),
                Optional.ofNullable(doc.path(CaseFields.CREDIT_CODE).textValue()).filter(s -> !s.isBlank()),
                text(doc, CaseFields.DECISION_NUMBER), text(doc, CaseFields.VIOLATION_TYPE),
                text(doc, CaseFields.VIOLATION_FACTS), text(doc, CaseFields.LEGAL_BASIS),
                text(doc, CaseFields.PENALTY_CATEGORY), text(doc, CaseFields.PENALTY_CONTENT), amount,
                LocalDate.parse(text(doc, CaseFields.DECISION_DATE)), text(doc, CaseFields.AUTHORITY),
                text(doc, CaseFields.DATA_SOURCE),
                new Region(text(doc, CaseFields.PROVINCE), text(doc, CaseFields.CITY), text(doc, CaseFields.COUNTY)),
                text(doc, CaseFields.SOURCE_URL), supervision(doc.get(CaseFields.SUPERVISION)), link,
                doc.path(CaseFields.DEMO).asBoolean(false), details(doc));
    }

    private static Optional<SupervisionOrder> supervision(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        List<CaseStatusChange> history = new ArrayList<>();
        node.path("history").forEach(change -> history.add(new CaseStatusChange(
                SupervisionStatus.valueOf(change.path("status").asText()),
                LocalDate.parse(change.path("date").asText()), change.path("note").asText(""))));
        return Optional.of(new SupervisionOrder(SupervisionKind.valueOf(node.path("kind").asText()),
                node.path("order_number").asText(""), node.path("issuer").asText(""), history));
    }

    private static String text(JsonNode doc, String field) {
        return doc.path(field).asText("");
    }
}
