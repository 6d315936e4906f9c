package org.qianliyan.portal.incinerator.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    @Test
    void every_rule_cites_its_source_and_every_breach_rule_its_legal_basis() {
        assertThat(ComplianceRules.ALL).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(ComplianceRules.ALL).filteredOn(rule -> rule.id().matches("daily-mean|hourly-mean|furnace-temperature"))
                .hasSize(3)
                .allSatisfy(rule -> assertThat(rule.legalBasis()).startsWith("《中华人民共和国大气污染防治法》"));
    }

    @Test
    void rule_ids_are_unique_and_resolvable() {
        assertThat(ComplianceRules.ALL).extracting(ComplianceRule::id).doesNotHaveDuplicates();
        assertThat(ComplianceRules.byId("marking")).isSameAs(ComplianceRules.MARKING);
    }
}
