package org.qianliyan.nlp.link;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.qianliyan.nlp.Span;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links mentions of facilities in a text: registered names, credit codes, derived short names
 * ({@link FacilityShortNames}), operator-group names, and "region + 焚烧厂" descriptions (金乡县垃圾焚烧厂).
 * A name shared by several facilities is resolved by the regions mentioned in the same text; each link carries a
 * confidence and its span. Immutable and thread-safe.
 *
 * <p>Example: with 金乡盛运环保电力有限公司 in the source, {@code find("金乡盛运晚上偷排", places)} returns one link with
 * surface 金乡盛运, confidence 0.85 and span [0, 4).
 */
public final class FacilityGazetteer {

    /** Links below this confidence are dropped. */
    public static final double MIN_CONFIDENCE = 0.5;

    private static final Pattern FACILITY_NOUN = Pattern.compile(
            "^.{0,6}?(垃圾焚烧发电厂|焚烧发电厂|垃圾焚烧厂|垃圾焚烧场|垃圾发电厂|垃圾电厂|焚烧厂|焚烧发电项目|垃圾焚烧项目|焚烧电厂)");

    private enum Kind {
        CREDIT_CODE(0.99), NAME(0.97), SHORT_NAME(0.85), GROUP(0.6);

        final double confidence;

        Kind(double confidence) {
            this.confidence = confidence;
        }
    }

    private record Alias(int facility, Kind kind) {
    }

    private final List<FacilityName> facilities;
    private final List<List<Region>> facilityRegions;
    private final Map<String, List<Alias>> aliases;
    private final Map<Region, List<Integer>> facilitiesByRegion;
    private final AhoCorasickDoubleArrayTrie<List<Alias>> trie = new AhoCorasickDoubleArrayTrie<>();

    private FacilityGazetteer(List<FacilityName> facilities, RegionGazetteer regions) {
        this.facilities = List.copyOf(facilities);
        this.facilityRegions = new ArrayList<>(facilities.size());
        this.aliases = new HashMap<>();
        this.facilitiesByRegion = new HashMap<>();
        for (int i = 0; i < facilities.size(); i++) {
            FacilityName f = facilities.get(i);
            List<Region> own = regionsOf(f, regions);
            facilityRegions.add(own);
            for (Region r : own) {
                facilitiesByRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
            }
            add(TextNormalizer.normalize(f.name().strip()), i, Kind.NAME);
            if (f.creditCode() != null && f.creditCode().strip().length() == 18) {
                add(TextNormalizer.normalize(f.creditCode().strip()), i, Kind.CREDIT_CODE);
            }
            List<String> placeNames = new ArrayList<>();
            for (Region r : own) {
                placeNames.add(r.name());
                placeNames.add(RegionGazetteer.stem(r.name()));
            }
            for (String alias : FacilityShortNames.derive(f.name(), placeNames)) {
                if (regions.lookup(alias).isEmpty()) {
                    add(alias, i, alias.length() >= 6 ? Kind.NAME : Kind.SHORT_NAME);
                }
            }
            if (f.operatorGroup() != null && f.operatorGroup().strip().length() >= 2) {
                add(TextNormalizer.normalize(f.operatorGroup().strip()), i, Kind.GROUP);
            }
        }
        if (!aliases.isEmpty()) {
            trie.build(new TreeMap<>(aliases));
        }
    }

    /**
     * @param facilities the facilities to link against
     * @param regions    the region gazetteer (also used to place each facility)
     * @return the gazetteer
     */
    public static FacilityGazetteer build(Collection<FacilityName> facilities, RegionGazetteer regions) {
        return new FacilityGazetteer(new ArrayList<>(facilities), regions);
    }

    private static List<Region> regionsOf(FacilityName f, RegionGazetteer regions) {
        List<Region> own = new ArrayList<>(3);
        String province = regions.province(f.province());
        if (province == null && f.city() != null) {
            // no province given: a city name known in only one province decides it
            String city = TextNormalizer.normalize(f.city().strip());
            List<Region> cities = new ArrayList<>();
            for (String candidate : List.of(city, city + "市")) {
                regions.lookup(candidate).stream()
                        .filter(r -> r.level() == RegionLevel.CITY && !cities.contains(r)).forEach(cities::add);
            }
            if (cities.size() == 1) {
                province = cities.get(0).province();
            }
        }
        if (province == null) {
            return own;
        }
        own.add(new Region(province, RegionLevel.PROVINCE, province, null));
        for (String alias : new String[]{f.city(), f.county()}) {
            if (alias == null || alias.isBlank()) {
                continue;
            }
            String normalized = TextNormalizer.normalize(alias.strip());
            for (String candidate : List.of(normalized, normalized + "市", normalized + "区")) {
                for (Region r : regions.lookup(candidate)) {
                    if (r.province().equals(province) && r.level() != RegionLevel.PROVINCE && !own.contains(r)) {
                        own.add(r);
                    }
                }
            }
        }
        return own;
    }

    private void add(String alias, int facility, Kind kind) {
        if (alias.length() < 2) {
            return;
        }
        List<Alias> list = aliases.computeIfAbsent(alias, k -> new ArrayList<>(1));
        for (Alias a : list) {
            if (a.facility == facility) {
                return;
            }
        }
        list.add(new Alias(facility, kind));
    }

    /** @return every name and short name with the HanLP nature {@code nt}, for the segmenter's dictionary */
    public List<String[]> dictionaryWords() {
        List<String[]> words = new ArrayList<>();
        aliases.forEach((alias, list) -> {
            if (list.get(0).kind != Kind.CREDIT_CODE) {
                words.add(new String[]{alias, "nt"});
            }
        });
        return words;
    }

    /** @return number of facilities known */
    public int size() {
        return facilities.size();
    }

    /**
     * @param normalizedText text from {@link TextNormalizer}
     * @param places         the region mentions found in the same text
     * @return facility links with confidence at least {@link #MIN_CONFIDENCE}, in text order
     */
    public List<FacilityLink> find(String normalizedText, List<PlaceLink> places) {
        List<FacilityLink> links = new ArrayList<>();
        if (!aliases.isEmpty()) {
            for (var hit : LongestMatch.find(trie, normalizedText)) {
                Span span = new Span(hit.begin(), hit.end());
                link(normalizedText.substring(hit.begin(), hit.end()), hit.value(), span, places, links);
            }
        }
        for (PlaceLink place : places) {
            linkByDescription(normalizedText, place, places, links);
        }
        links.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return links;
    }

    private void link(String surface, List<Alias> candidates, Span span, List<PlaceLink> places,
                      List<FacilityLink> out) {
        if (candidates.size() == 1) {
            Alias a = candidates.get(0);
            int score = regionScore(a.facility, places);
            double confidence = a.kind != Kind.GROUP ? a.kind.confidence
                    : score == 0 ? 0 : a.kind.confidence * (0.7 + 0.1 * score);
            emit(a.facility, surface, confidence, span, out);
            return;
        }
        int best = -1;
        int bestScore = 0;
        boolean tie = false;
        for (Alias a : candidates) {
            int score = regionScore(a.facility, places);
            if (score > bestScore) {
                best = a.facility;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best >= 0 && !tie) {
            emit(best, surface, candidates.get(0).kind.confidence * (0.7 + 0.1 * bestScore), span, out);
        }
    }

    /** 3 when the facility's county is mentioned, 2 its city, 1 its province, 0 none. */
    private int regionScore(int facility, List<PlaceLink> places) {
        int score = 0;
        for (PlaceLink place : places) {
            for (Region own : facilityRegions.get(facility)) {
                if (own.equals(place.region())) {
                    score = Math.max(score, own.level().ordinal() + 1);
                }
            }
        }
        return score;
    }

    private void linkByDescription(String text, PlaceLink place, List<PlaceLink> places, List<FacilityLink> out) {
        if (place.region().level() == RegionLevel.PROVINCE) {
            return;
        }
        int end = place.span().end();
        Matcher m = FACILITY_NOUN.matcher(text.substring(end, Math.min(text.length(), end + 14)));
        if (!m.find()) {
            return;
        }
        Span span = new Span(place.span().start(), end + m.end());
        for (FacilityLink existing : out) {
            if (existing.span().overlaps(span)) {
                return;
            }
        }
        List<Integer> candidates = facilitiesByRegion.getOrDefault(place.region(), List.of());
        if (candidates.size() == 1) {
            emit(candidates.get(0), text.substring(span.start(), span.end()), 0.7, span, out);
        } else if (candidates.size() > 1) {
            // several plants in the region: only a mention of a narrower region nearby would decide
            for (PlaceLink other : places) {
                if (other != place && other.region().level().ordinal() > place.region().level().ordinal()
                        && other.region().within(place.region()) && other.span().distanceTo(span) < 10) {
                    List<Integer> narrower = facilitiesByRegion.getOrDefault(other.region(), List.of());
                    if (narrower.size() == 1) {
                        emit(narrower.get(0), text.substring(span.start(), span.end()), 0.6, span, out);
                        return;
                    }
                }
            }
        }
    }

    private void emit(int facility, String surface, double confidence, Span span, List<FacilityLink> out) {
        if (confidence < MIN_CONFIDENCE) {
            return;
        }
        FacilityName f = facilities.get(facility);
        for (FacilityLink existing : out) {
            if (existing.id().equals(f.id())) {
                return; // one link per facility: the first mention
            }
        }
        out.add(new FacilityLink(f.id(), f.name(), surface, Math.round(confidence * 100) / 100.0, span));
    }
}
