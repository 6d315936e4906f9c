package org.qianliyan.portal.enforcement.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The columns of the national 行政处罚 export beyond the 双公示 core: who the party is,
 * what was confiscated or suspended, how long the decision and its publication run, and
 * the credit codes of the deciding and publishing bodies. Kept as published; dates that
 * read as dates are stored as ISO dates, anything else (长期) as written.
 */
public record NationalDetails(
        String partyCategory,
        String legalRepresentative,
        Optional<PenaltyAmount> confiscationAmount,
        String licence,
        String validUntil,
        String publicUntil,
        String authorityCode,
        String dataSourceCode,
        String remarks) {

    public static final NationalDetails NONE = new NationalDetails("", "", Optional.empty(), "", "", "", "", "", "");

    public NationalDetails {
        partyCategory = orEmpty(partyCategory);
        legalRepresentative = orEmpty(legalRepresentative);
        confiscationAmount = Objects.requireNonNullElse(confiscationAmount, Optional.empty());
        licence = orEmpty(licence);
        validUntil = orEmpty(validUntil);
        publicUntil = orEmpty(publicUntil);
        authorityCode = orEmpty(authorityCode);
        dataSourceCode = orEmpty(dataSourceCode);
        remarks = orEmpty(remarks);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
