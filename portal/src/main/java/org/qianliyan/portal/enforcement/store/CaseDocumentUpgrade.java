package org.qianliyan.portal.enforcement.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.qianliyan.index.schema.DocumentUpgrade;

/**
 * Upgrades a case stored under the camelCase mapping (before issue 13) to the snake_case one: every field name,
 * and those inside {@code supervision}, goes from {@code partyNameKey} to {@code party_name_key}. The mapping's new
 * version makes the portal copy the {@code cases} index at start-up, and this runs on every document copied, so an
 * existing data directory keeps its cases without a re-import. A snake_case document passes unchanged.
 */
public final class CaseDocumentUpgrade implements DocumentUpgrade {

    private static final Pattern CAPITAL = Pattern.compile("([A-Z])");

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> upgrade(Map<String, Object> source) {
        Map<String, Object> upgraded = snakeCaseKeys(source);
        if (upgraded.get(CaseFields.SUPERVISION) instanceof Map<?, ?> supervision) {
            upgraded.put(CaseFields.SUPERVISION, snakeCaseKeys((Map<String, Object>) supervision));
        }
        return upgraded;
    }

    private static Map<String, Object> snakeCaseKeys(Map<String, Object> fields) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        fields.forEach((name, value) -> renamed.put(snakeCase(name), value));
        return renamed;
    }

    static String snakeCase(String name) {
        return CAPITAL.matcher(name).replaceAll(match -> "_" + match.group(1).toLowerCase(Locale.ROOT));
    }
}
