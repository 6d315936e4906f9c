package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.store.CaseFields;

/** Turns an index document of each dataset, with its highlighted fragments, into a {@link SearchHit}. */
final class SearchHitMapper {

    private static final int SNIPPET_LENGTH = 160;
    /** The plants an article is linked to, as the crawl pipeline writes them. */
    static final String POST_FACILITY_IDS = "facility_ids";

    private SearchHitMapper() {
    }

    /** @param plantNames names of the plants the page's articles are linked to, by id */
    static SearchHit toHit(SearchHit.Kind kind, String id, Map<?, ?> source, Map<String, List<String>> highlights,
                           Map<String, String> plantNames) {
        List<String> fragments = new ArrayList<>();
        highlights.values().forEach(fragments::addAll);
        String highlight = Highlights.toHtml(fragments);
        String marked = Highlights.toText(fragments);
        String region = join(text(source, "province"), text(source, "city"));
        return switch (kind) {
            case FACILITY -> new SearchHit(kind, id, text(source, "name"),
                    orElse(marked, join(region, text(source, "county"), text(source, "address"))), highlight,
                    text(source, "start_date"), region, null, "/incinerators/" + id, demo(source), List.of());
            case CASE -> new SearchHit(kind, id, join(text(source, CaseFields.PARTY_NAME), text(source, CaseFields.DECISION_NUMBER)),
                    orElse(marked, snippet(text(source, CaseFields.VIOLATION_FACTS))), highlight,
                    text(source, CaseFields.DECISION_DATE), region, amount(source), "/enforcement/" + id, demo(source),
                    plantOfCase(source));
            case POST -> new SearchHit(kind, id, text(source, "title"),
                    orElse(marked, snippet(text(source, "masked_text"))), highlight, text(source, "published_at"),
                    regionOfPost(source), null, text(source, "url"), demo(source), plantsOfPost(source, plantNames));
        };
    }

    /** The ids of the plants an article is linked to, whose names the page has to look up. */
    static List<String> plantIdsOfPost(Map<?, ?> source) {
        Object ids = source == null ? null : source.get(POST_FACILITY_IDS);
        return ids instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static List<SearchHit.PlantLink> plantOfCase(Map<?, ?> source) {
        String facilityId = text(source, CaseFields.FACILITY_ID);
        return facilityId.isBlank() ? List.of()
                : List.of(new SearchHit.PlantLink(facilityId, orElse(text(source, CaseFields.FACILITY_NAME), facilityId)));
    }

    /** Only plants that exist: a link to a plant deleted since the article was analysed would lead nowhere. */
    private static List<SearchHit.PlantLink> plantsOfPost(Map<?, ?> source, Map<String, String> plantNames) {
        return plantIdsOfPost(source).stream().distinct().filter(plantNames::containsKey)
                .map(plantId -> new SearchHit.PlantLink(plantId, plantNames.get(plantId))).toList();
    }

    private static Double amount(Map<?, ?> source) {
        Object value = source == null ? null : source.get(CaseFields.PENALTY_YUAN);
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
