package org.qianliyan.portal.enforcement.api;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.store.CaseDocuments;
import org.qianliyan.portal.enforcement.store.CaseFields;

/**
 * A case in {@code /api/v1/cases}: the stored document's fields under the camelCase names the API has always had
 * ({@code partyName}, {@code decisionDate}, {@code supervision.orderNumber}), so API clients did not notice when the
 * index went snake_case (issue 13).
 */
final class CaseJson {

    private static final Pattern UNDERSCORE = Pattern.compile("_([a-z])");

    private CaseJson() {
    }

    static ObjectNode of(EnforcementCase value) {
        ObjectNode document = CaseDocuments.toDocument(value);
        ObjectNode json = camelCaseKeys(document);
        JsonNode supervision = document.get(CaseFields.SUPERVISION);
        if (supervision != null && supervision.isObject()) {
            json.set(camelCase(CaseFields.SUPERVISION), camelCaseKeys((ObjectNode) supervision));
        }
        return json;
    }

    private static ObjectNode camelCaseKeys(ObjectNode fields) {
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        fields.fields().forEachRemaining(field -> renamed.set(camelCase(field.getKey()), field.getValue()));
        return renamed;
    }

    private static String camelCase(String name) {
        return UNDERSCORE.matcher(name).replaceAll(match -> match.group(1).toUpperCase(Locale.ROOT));
    }
}
