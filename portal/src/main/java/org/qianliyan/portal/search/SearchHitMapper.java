package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.incinerator.store.FacilityFields;
import org.qianliyan.portal.opinion.intake.PostFields;

/** Turns an index document of each dataset, with its highlighted fragments, into a {@link SearchHit}. */
final class SearchHitMapper {

    private static final int SNIPPET_LENGTH = 160;

    private SearchHitMapper() {
    }

    /** @param plantNames names of the plants the page's articles are linked to, by id */
    static SearchHit toHit(SearchHit.Kind kind, String id, Map<?, ?> source, Map<String, List<String>> highlights,
                           Map<String, String> plantNames) {
        List<String> fragments = new ArrayList<>();
        highlights.values().forEach(fragments::addAll);
        Marked marked = new Marked(Highlights.toHtml(fragments), Highlights.toText(fragments));
        return switch (kind) {
            case FACILITY -> facility(id, source, marked);
            case CASE -> enforcementCase(id, source, marked);
            case POST -> post(id, source, marked, plantNames);
        };
    }

    /** The highlighted fragments of a hit, as HTML and as plain text. */
    private record Marked(String html, String text) {
    }

    private static SearchHit facility(String id, Map<?, ?> source, Marked marked) {
        String region = join(text(source, FacilityFields.PROVINCE), text(source, FacilityFields.CITY));
        return new SearchHit(SearchHit.Kind.FACILITY, id, text(source, FacilityFields.NAME),
                orElse(marked.text(), join(region, text(source, FacilityFields.COUNTY), text(source, FacilityFields.ADDRESS))),
                marked.html(), text(source, FacilityFields.START_DATE), region, null, "/incinerators/" + id,
                demo(source, FacilityFields.DEMO), List.of());
    }

    private static SearchHit enforcementCase(String id, Map<?, ?> source, Marked marked) {
        String region = join(text(source, CaseFields.PROVINCE), text(source, CaseFields.CITY));
        return new SearchHit(SearchHit.Kind.CASE, id, join(text(source, CaseFields.PARTY_NAME), text(source, CaseFields.DECISION_NUMBER)),
                orElse(marked.text(), snippet(text(source, CaseFields.VIOLATION_FACTS))), marked.html(),
                text(source, CaseFields.DECISION_DATE), region, amount(source), "/enforcement/" + id,
                demo(source, CaseFields.DEMO), plantOfCase(source));
    }

    private static SearchHit post(String id, Map<?, ?> source, Marked marked, Map<String, String> plantNames) {
        return new SearchHit(SearchHit.Kind.POST, id, text(source, PostFields.TITLE),
                orElse(marked.text(), snippet(text(source, PostFields.MASKED_TEXT))), marked.html(),
                text(source, PostFields.PUBLISHED_AT), regionOfPost(source), null, text(source, PostFields.URL),
                demo(source, PostFields.DEMO), plantsOfPost(source, plantNames));
    }

    /** The ids of the plants an article is linked to, whose names the page has to look up. */
    static List<String> plantIdsOfPost(Map<?, ?> source) {
        Object ids = source == null ? null : source.get(PostFields.FACILITY_IDS);
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
        Object provinces = source == null ? null : source.get(PostFields.PROVINCES);
        return provinces instanceof List<?> list ? String.join(" · ", list.stream().map(String::valueOf).toList()) : "";
    }

    private static boolean demo(Map<?, ?> source, String demoField) {
        return source != null && Boolean.TRUE.equals(source.get(demoField));
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
