package org.qianliyan.portal.enforcement.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CaseDocumentUpgradeTest {

    private final CaseDocumentUpgrade upgrade = new CaseDocumentUpgrade();

    @Test
    void camel_case_names_become_the_snake_case_names_of_case_fields() {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("partyNameKey", "示例");
        old.put("dataSourceCode", "113");
        old.put("year", 2023);
        old.put("supervision", Map.of("orderNumber", "苏环督〔2023〕3号", "history", List.of()));

        Map<String, Object> upgraded = upgrade.upgrade(old);

        assertThat(upgraded).containsOnlyKeys(CaseFields.PARTY_NAME_KEY, CaseFields.DATA_SOURCE_CODE, CaseFields.YEAR,
                CaseFields.SUPERVISION);
        assertThat(upgraded.get(CaseFields.DATA_SOURCE_CODE)).isEqualTo("113");
        @SuppressWarnings("unchecked")
        Map<String, Object> supervision = (Map<String, Object>) upgraded.get(CaseFields.SUPERVISION);
        assertThat(supervision).containsOnlyKeys("order_number", "history");
    }

    @Test
    void a_current_document_passes_unchanged_so_an_interrupted_migration_can_copy_again() {
        Map<String, Object> current = Map.of(CaseFields.PARTY_NAME, "示例", CaseFields.DECISION_DATE, "2023-05-08",
                CaseFields.SUPERVISION, Map.of("order_number", "1"));

        assertThat(upgrade.upgrade(new LinkedHashMap<>(current))).isEqualTo(current);
    }
}
