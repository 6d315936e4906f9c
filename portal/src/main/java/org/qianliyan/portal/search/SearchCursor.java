package org.qianliyan.portal.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a page stopped in each dataset: the sort values of the last hit taken from it, for
 * {@code search_after}. Travels as opaque base64url JSON so a link can carry it; it names the
 * sort it belongs to, and anything that does not decode is a clear 400 rather than a query.
 */
final class SearchCursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 2000;
    private static final int MAX_VALUES = 4;

    private final SearchSort sort;
    private final Map<SearchHit.Kind, List<FieldValue>> after;

    SearchCursor(SearchSort sort, Map<SearchHit.Kind, List<FieldValue>> after) {
        this.sort = sort;
        this.after = Map.copyOf(after);
    }

    static SearchCursor first(SearchSort sort) {
        return new SearchCursor(sort, Map.of());
    }

    /** The sort values to continue {@code kind} after, or empty to start it from the top. */
    List<FieldValue> after(SearchHit.Kind kind) {
        return after.getOrDefault(kind, List.of());
    }

    SearchCursor advanced(Map<SearchHit.Kind, List<FieldValue>> lastTaken) {
        Map<SearchHit.Kind, List<FieldValue>> next = new EnumMap<>(SearchHit.Kind.class);
        next.putAll(after);
        next.putAll(lastTaken);
        return new SearchCursor(sort, next);
    }

    String encode() {
        ObjectNode root = JSON.createObjectNode().put("s", sort.parameter());
        after.forEach((kind, values) -> {
            ArrayNode array = root.putArray(kind.name());
            values.forEach(value -> {
                if (value.isNull()) {
                    // A hit without the tiebreak field (missing sorts last) continues after null.
                    array.addNull();
                } else if (value.isLong()) {
                    array.add(value.longValue());
                } else if (value.isDouble()) {
                    array.add(value.doubleValue());
                } else if (value.isBoolean()) {
                    array.add(value.booleanValue());
                } else {
                    array.add(value.isString() ? value.stringValue() : value._toJsonString());
                }
            });
        });
        return Base64.getUrlEncoder().withoutPadding().encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String text, SearchSort sort) {
        if (text.isEmpty()) {
            return first(sort);
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            JsonNode root = JSON.readTree(Base64.getUrlDecoder().decode(text));
            if (root == null || !root.isObject() || !sort.parameter().equals(root.path("s").asText())) {
                throw new InvalidSearchException("parameter 'cursor' belongs to another sort order; start again from the first page");
            }
            Map<SearchHit.Kind, List<FieldValue>> after = new EnumMap<>(SearchHit.Kind.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!"s".equals(entry.getKey())) {
                    after.put(SearchHit.Kind.valueOf(entry.getKey()), values(entry.getValue()));
                }
            }
            return new SearchCursor(sort, after);
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    private static List<FieldValue> values(JsonNode array) {
        if (!array.isArray() || array.size() == 0 || array.size() > MAX_VALUES) {
            throw invalid();
        }
        List<FieldValue> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isNull()) {
                values.add(FieldValue.NULL);
            } else if (value.isIntegralNumber()) {
                values.add(FieldValue.of(value.longValue()));
            } else if (value.isNumber()) {
                values.add(FieldValue.of(value.doubleValue()));
            } else if (value.isBoolean()) {
                values.add(FieldValue.of(value.booleanValue()));
            } else if (value.isTextual()) {
                values.add(FieldValue.of(value.textValue()));
            } else {
                throw invalid();
            }
        }
        return values;
    }

    private static InvalidSearchException invalid() {
        return new InvalidSearchException("parameter 'cursor' is not a cursor this search returned; start again from the first page");
    }
}
