package org.qianliyan.portal.search;

import java.util.Map;

/** Turns an index document of each dataset into a {@link SearchHit}. */
final class SearchHitMapper {

    private static final int SNIPPET_LENGTH = 160;

    private SearchHitMapper() {
    }

    static SearchHit toHit(SearchHit.Kind kind, String id, Map<?, ?> source) {
        return switch (kind) {
            case FACILITY -> new SearchHit(kind, id, text(source, "name"),
                    join(text(source, "province"), text(source, "city"), text(source, "county"), text(source, "address")),
                    text(source, "start_date"), "/incinerators/" + id, demo(source));
            case CASE -> new SearchHit(kind, id,
                    join(text(source, "partyName"), text(source, "decisionNumber")),
                    snippet(text(source, "violationFacts")), text(source, "decisionDate"), "/enforcement/" + id,
                    demo(source));
            case POST -> new SearchHit(kind, id, text(source, "title"),
                    snippet(text(source, "masked_text")), text(source, "published_at"), text(source, "url"),
                    demo(source));
        };
    }

    private static boolean demo(Map<?, ?> source) {
        return source != null && Boolean.TRUE.equals(source.get("demo"));
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
