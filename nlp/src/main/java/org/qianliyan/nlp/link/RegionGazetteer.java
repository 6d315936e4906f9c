package org.qianliyan.nlp.link;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.qianliyan.nlp.Span;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Administrative regions and their abbreviations, matched with HanLP's Aho-Corasick trie. Provinces come from a
 * resource of our own; cities and counties from the facilities' addresses. Ambiguous names (朝阳: a city in 辽宁
 * and a district of 北京) are resolved by the other regions mentioned in the same text.
 *
 * <p>Abbreviations: 省/市/自治区 suffixes and ethnic autonomy designations are dropped (温州市 → 温州, 大通回族土族自治县
 * → 大通). District stems (白云 for 白云区) are often ordinary words (蓝天白云), so they count only when another
 * mention in the text supports them (广州白云).
 */
public final class RegionGazetteer {

    private static final Pattern AUTONOMY = Pattern.compile(
            "^(.{2,}?)(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡"
                    + "|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|鄂温克|保安|裕固"
                    + "|独龙|鄂伦春|赫哲|各)族?)+自治(?:州|县|旗)$");
    private static final Set<String> GENERIC = Set.of("城区", "郊区", "新区", "矿区", "市辖区", "开发区", "高新区", "市区",
            "东区", "西区", "南区", "北区", "中区");

    /** A region an alias may stand for; weak candidates (district stems) need support from the context. */
    private record Candidate(Region region, boolean weak) {
    }

    private final Map<String, String> provinceByAlias;
    private final Map<String, List<Candidate>> regionsByAlias;
    private final AhoCorasickDoubleArrayTrie<List<Candidate>> trie;

    private RegionGazetteer(Map<String, String> provinceByAlias, Map<String, List<Candidate>> regionsByAlias) {
        this.provinceByAlias = provinceByAlias;
        this.regionsByAlias = regionsByAlias;
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!regionsByAlias.isEmpty()) {
            trie.build(new TreeMap<>(regionsByAlias));
        }
    }

    /**
     * @param facilities facilities whose province/city/county give the cities and counties
     * @return the gazetteer
     */
    public static RegionGazetteer build(Collection<FacilityName> facilities) {
        Map<String, String> provinceByAlias = RegionNames.provinceAliases();
        Map<String, List<Candidate>> byAlias = new HashMap<>();
        for (String full : new LinkedHashSet<>(provinceByAlias.values())) {
            Region province = new Region(full, RegionLevel.PROVINCE, full, null);
            for (Map.Entry<String, String> e : provinceByAlias.entrySet()) {
                if (e.getValue().equals(full) && e.getKey().length() >= 2) {
                    add(byAlias, e.getKey(), province, false);
                }
            }
        }
        for (FacilityName f : facilities) {
            String province = provinceByAlias.get(clean(f.province()));
            String city = cityName(clean(f.city()));
            if (province == null || city == null) {
                continue;
            }
            boolean municipality = city.equals(province); // 北京市: the province is the city
            Region cityRegion = new Region(city, RegionLevel.CITY, province, city);
            if (!municipality) {
                add(byAlias, city, cityRegion, false);
                add(byAlias, stem(city), cityRegion, false);
            }
            String county = countyName(clean(f.county()));
            if (county != null && county.length() >= 2 && !GENERIC.contains(county)) {
                Region countyRegion = new Region(county, RegionLevel.COUNTY, province, city);
                add(byAlias, county, countyRegion, false);
                String stem = county.endsWith("区") ? county.substring(0, county.length() - 1) : stem(county);
                add(byAlias, stem, countyRegion, county.endsWith("区"));
            }
        }
        return new RegionGazetteer(provinceByAlias, byAlias);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : TextNormalizer.normalize(s.strip());
    }

    private static String cityName(String city) {
        if (city == null) {
            return null;
        }
        if (city.endsWith("市") || city.endsWith("自治州") || city.endsWith("地区") || city.endsWith("盟")) {
            return city;
        }
        return city + "市";
    }

    /** Some sources drop the suffix (白云 for 白云区); such names are matched only with a suffix. */
    private static String countyName(String county) {
        if (county == null || county.matches(".*(区|县|市|旗|自治州|林区|特区)$")) {
            return county;
        }
        return county + "区";
    }

    static String stem(String name) {
        Matcher m = AUTONOMY.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        for (String suffix : List.of("特别行政区", "自治区", "地区", "省", "市", "县", "盟", "旗")) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static void add(Map<String, List<Candidate>> byAlias, String alias, Region region, boolean weak) {
        if (alias == null || alias.length() < 2 || GENERIC.contains(alias)) {
            return;
        }
        List<Candidate> list = byAlias.computeIfAbsent(alias, k -> new ArrayList<>(1));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).region().equals(region)) {
                if (list.get(i).weak() && !weak) {
                    list.set(i, new Candidate(region, false));
                }
                return;
            }
        }
        list.add(new Candidate(region, weak));
    }

    /** @return every alias of a strong candidate with the HanLP nature {@code ns}, for the segmenter */
    public List<String[]> dictionaryWords() {
        List<String[]> words = new ArrayList<>();
        regionsByAlias.forEach((alias, candidates) -> {
            if (candidates.stream().anyMatch(c -> !c.weak())) {
                words.add(new String[]{alias, "ns"});
            }
        });
        return words;
    }

    /** @return the full province name for a full or short name, or null */
    public String province(String name) {
        return name == null ? null : provinceByAlias.get(TextNormalizer.normalize(name.strip()));
    }

    /** @return regions known under this exact alias (normalised) */
    public List<Region> lookup(String alias) {
        return regionsByAlias.getOrDefault(alias, List.of()).stream().map(Candidate::region).toList();
    }

    /**
     * @param normalizedText text from {@link TextNormalizer}
     * @return the longest non-overlapping region mentions, ambiguities resolved by the other mentions
     */
    public List<PlaceLink> find(String normalizedText) {
        List<LongestMatch.Match<List<Candidate>>> chosen = regionsByAlias.isEmpty()
                ? List.of() : LongestMatch.find(trie, normalizedText);
        List<Region> unambiguous = new ArrayList<>();
        for (var hit : chosen) {
            if (hit.value().size() == 1 && !hit.value().get(0).weak()) {
                unambiguous.add(hit.value().get(0).region());
            }
        }
        List<PlaceLink> links = new ArrayList<>(chosen.size());
        for (var hit : chosen) {
            Region region = resolve(hit.value(), unambiguous);
            if (region != null) {
                links.add(new PlaceLink(normalizedText.substring(hit.begin(), hit.end()), region,
                        new Span(hit.begin(), hit.end())));
            }
        }
        return links;
    }

    /** Best candidate by support from the unambiguous mentions; weak candidates need some support. */
    private static Region resolve(List<Candidate> candidates, List<Region> context) {
        Region best = null;
        int bestScore = -1;
        for (Candidate candidate : candidates) {
            int support = 0;
            for (Region other : context) {
                if (!other.equals(candidate.region())
                        && (candidate.region().within(other) || other.within(candidate.region()))) {
                    support++;
                }
            }
            if (candidate.weak() && support == 0) {
                continue;
            }
            int score = support * 4 + (2 - candidate.region().level().ordinal());
            if (score > bestScore) {
                best = candidate.region();
                bestScore = score;
            }
        }
        return best;
    }
}
