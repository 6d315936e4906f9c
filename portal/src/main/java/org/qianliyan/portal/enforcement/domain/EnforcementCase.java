package org.qianliyan.portal.enforcement.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrative penalty decision after the national 双公示 schema, with the region
 * of the party, where it was published, an optional supervision order, the facility it
 * is linked to and the national export's further columns. {@code demo} marks the
 * generated 示例 cases of a fresh installation.
 */
public record EnforcementCase(
        String partyName,
        Optional<String> creditCode,
        String decisionNumber,
        String violationType,
        String violationFacts,
        String legalBasis,
        String penaltyCategory,
        String penaltyContent,
        Optional<PenaltyAmount> penaltyAmount,
        LocalDate decisionDate,
        String authority,
        String dataSource,
        Region region,
        String sourceUrl,
        Optional<SupervisionOrder> supervision,
        FacilityLink facility,
        boolean demo,
        NationalDetails details) {

    /** A case with none of the national export's further columns (demo and crawled cases). */
    public EnforcementCase(String partyName, Optional<String> creditCode, String decisionNumber, String violationType,
                           String violationFacts, String legalBasis, String penaltyCategory, String penaltyContent,
                           Optional<PenaltyAmount> penaltyAmount, LocalDate decisionDate, String authority,
                           String dataSource, Region region, String sourceUrl, Optional<SupervisionOrder> supervision,
                           FacilityLink facility, boolean demo) {
        this(partyName, creditCode, decisionNumber, violationType, violationFacts, legalBasis, penaltyCategory,
                penaltyContent, penaltyAmount, decisionDate, authority, dataSource, region, sourceUrl, supervision,
                facility, demo, NationalDetails.NONE);
    }

    public EnforcementCase {
        requireText(partyName, "partyName");
        requireText(decisionNumber, "decisionNumber");
        requireText(authority, "authority");
        Objects.requireNonNull(decisionDate, "decisionDate");
        creditCode = Objects.requireNonNullElse(creditCode, Optional.empty());
        penaltyAmount = Objects.requireNonNullElse(penaltyAmount, Optional.empty());
        supervision = Objects.requireNonNullElse(supervision, Optional.empty());
        violationType = orEmpty(violationType);
        violationFacts = orEmpty(violationFacts);
        legalBasis = orEmpty(legalBasis);
        penaltyCategory = orEmpty(penaltyCategory);
        penaltyContent = orEmpty(penaltyContent);
        dataSource = orEmpty(dataSource);
        sourceUrl = orEmpty(sourceUrl);
        region = Objects.requireNonNullElse(region, Region.UNKNOWN);
        facility = Objects.requireNonNullElse(facility, FacilityLink.NONE);
        details = Objects.requireNonNullElse(details, NationalDetails.NONE);
    }

    /** The deterministic document id (决定书文号 + 处罚机关). */
    public String id() {
        return CaseId.of(decisionNumber, authority);
    }

    public PenaltyBand penaltyBand() {
        return PenaltyBand.of(penaltyAmount);
    }

    public EnforcementCase withFacility(FacilityLink link) {
        return new EnforcementCase(partyName, creditCode, decisionNumber, violationType, violationFacts, legalBasis,
                penaltyCategory, penaltyContent, penaltyAmount, decisionDate, authority, dataSource, region,
                sourceUrl, supervision, link, demo, details);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
