package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns an index document of each dataset, with its highlighted fragments, into a {@link SearchHit}. */
final class SearchHitMapper {

    private static final int SNIPPET_LENGTH = 160;

    private SearchHitMapper() {
    }

    static SearchHit toHit(SearchHit.Kind kind, String id, Map<?, ?> source, Map<String, List<String>> highlights) {
        List<String> fragments = new ArrayList<>();
        highlights.values().forEach(fragments::addAll);
        String highlight = Highlights.toHtml(fragments);
        String marked = Highlights.toText(fragments);
        String region = join(text(source, "province"), text(source, "city"));
        return switch (kind) {
            case FACILITY -> new SearchHit(kind, id, text(source, "name"),
                    orElse(marked, join(region, text(source, "county"), text(source, "address"))), highlight,
                    text(source, "start_date"), region, null, "/incinerators/" + id, demo(source));
            case CASE -> new SearchHit(kind, id, join(text(source, "party_name"), text(source, "decision_number")),
                    orElse(marked, snippet(text(source, "violation_facts"))), highlight, text(source, "decision_date"),
                    region, amount(source), "/enforcement/" + id, demo(source));
            case POST -> new SearchHit(kind, id, text(source, "title"),
                    orElse(marked, snippet(text(source, "masked_text"))), highlight, text(source, "published_at"),
                    regionOfPost(source), null, text(source, "url"), demo(source));
        };
    }

    private static Double amount(Map<?, ?> source) {
        Object value = source == null ? null : source.get(DatasetFields.AMOUNT_FIELD);
        return value instanceof Number number ? number.doubleValue() : null;
    }

    private static String regionOfPost(Map<?, ?> source) {
        Object provinces = source == null ? null : source.get("provinces");
        return provinces instanceof List<?> list ? String.join(" · ", list.stream().map(String::valueOf).toList()) : "";
    }

    private static boolean demo(Map<?, ?> source) {
        return source != null && Boolean.TRUE.equals(source.get("demo"));
    }

    private static String orElse(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " · ").append(part);
            }
        }
        return joined.toString();
    }

    private static String text(Map<?, ?> source, String field) {
        Object value = source == null ? null : source.get(field);
        return value == null ? "" : value.toString();
    }
}
