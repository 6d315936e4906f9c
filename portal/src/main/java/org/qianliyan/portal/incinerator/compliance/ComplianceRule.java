package org.qianliyan.portal.incinerator.compliance;

/**
 * One rule the engine applies, as data: what it checks, where it comes from and what the
 * law attaches to a breach. Parameters live in {@link ComplianceProperties}.
 *
 * @param id          stable identifier stored with every reason ({@code daily-mean})
 * @param source      the text the rule implements
 * @param legalBasis  the provision a breach would fall under, empty when the rule classifies rather than judges
 * @param consequence the sanction range that provision sets, empty when none
 */
public record ComplianceRule(String id, String source, String legalBasis, String consequence) {

    /** The i18n key of the rule's short description. */
    public String labelKey() {
        return "incinerator.rule." + id;
    }
}
