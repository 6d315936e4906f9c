package org.qianliyan.nlp.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.segment.TextNormalizer;

/**
 * The full official names of provinces and prefecture-level cities, for normalising the
 * region columns of imported records (广东 → 广东省, 广西 → 广西壮族自治区, 深圳 → 深圳市,
 * 恩施州 → 恩施土家族苗族自治州), and every spelling of a full name, for filters over records
 * stored before normalisation. Provinces come from {@code provinces.txt}, the prefectures
 * not named "…市" from {@code prefectures.txt}; any other city is "<name>市". Counties
 * cannot be completed without a county list (白云 may be 白云区 or 白云县), so they are only
 * cleaned. A name we do not know is kept as written, cleaned.
 */
public final class RegionNames {

    private static final String PROVINCES = "/org/qianliyan/nlp/provinces.txt";
    private static final String PREFECTURES = "/org/qianliyan/nlp/prefectures.txt";
    private static final List<String> CITY_SUFFIXES = List.of("市", "自治州", "地区", "盟");

    /** A prefecture under another name, qualified by its province (海南 is a province and a prefecture of 青海). */
    private record Prefecture(String province, String name) {
    }

    private static final Map<String, String> PROVINCE_BY_ALIAS = new HashMap<>();
    private static final Map<String, List<String>> PROVINCE_SPELLINGS = new HashMap<>();
    private static final Map<String, List<Prefecture>> PREFECTURE_BY_ALIAS = new HashMap<>();

    static {
        for (String[] line : lines(PROVINCES)) {
            Set<String> spellings = new LinkedHashSet<>(List.of(line[0]));
            PROVINCE_BY_ALIAS.put(line[0], line[0]);
            for (String alias : line[1].split(",")) {
                PROVINCE_BY_ALIAS.put(alias, line[0]);
                spellings.add(alias);
            }
            PROVINCE_SPELLINGS.put(line[0], List.copyOf(spellings));
        }
        for (String[] line : lines(PREFECTURES)) {
            Prefecture prefecture = new Prefecture(line[0], line[1]);
            String stem = RegionGazetteer.stem(line[1]);
            for (String alias : List.of(line[1], stem, stem + "州")) {
                PREFECTURE_BY_ALIAS.computeIfAbsent(alias, k -> new ArrayList<>()).add(prefecture);
            }
        }
    }

    private RegionNames() {
    }

    /** The full name of a province written in full or short (广东, 粤, 广东省 → 广东省); else the cleaned text. */
    public static String province(String text) {
        String name = clean(text);
        return PROVINCE_BY_ALIAS.getOrDefault(name, name);
    }

    /**
     * The full name of a prefecture-level city (深圳 → 深圳市; 北京 in 北京市 → 北京市); an
     * administrative placeholder (市辖区, 省直辖县级行政区划) or an unknown form is kept.
     *
     * @param province the province the city lies in, any spelling, may be blank
     */
    public static String city(String province, String text) {
        String name = clean(text);
        if (name.isEmpty() || name.contains("辖")) {
            return name;
        }
        String fullProvince = province(province);
        List<Prefecture> prefectures = PREFECTURE_BY_ALIAS.getOrDefault(name, List.of());
        for (Prefecture prefecture : prefectures) {
            if (prefecture.province().equals(fullProvince)) {
                return prefecture.name();
            }
        }
        if (prefectures.size() == 1 && fullProvince.isEmpty() && !PROVINCE_BY_ALIAS.containsKey(name)) {
            return prefectures.get(0).name();
        }
        String asProvince = PROVINCE_BY_ALIAS.get(name);
        if (asProvince != null && asProvince.endsWith("市")) {
            return asProvince; // 北京, 上海, 天津, 重庆: the municipality is its own city
        }
        if (CITY_SUFFIXES.stream().anyMatch(name::endsWith) || name.endsWith("区") || name.endsWith("县")) {
            return name;
        }
        return name + "市";
    }

    /**
     * The province a body's name starts with (广西壮族自治区生态环境厅, 广东省深圳市生态环境局 →
     * the province), or empty; for records that name their authority but not their region.
     */
    public static String provinceAtStartOf(String text) {
        String name = clean(text);
        for (Map.Entry<String, List<String>> province : PROVINCE_SPELLINGS.entrySet()) {
            for (String spelling : province.getValue()) {
                if (spelling.length() >= 2 && name.startsWith(spelling)) {
                    return province.getKey();
                }
            }
        }
        return "";
    }

    /** Every province name, full and short, to its full name, for the gazetteer. */
    static Map<String, String> provinceAliases() {
        return new HashMap<>(PROVINCE_BY_ALIAS);
    }

    /** A county as written, cleaned (full-width folded, spaces removed). */
    public static String county(String text) {
        return clean(text);
    }

    /** Every spelling a province may have been stored under: its full name first, then its short names. */
    public static List<String> provinceSpellings(String text) {
        String full = province(text);
        return PROVINCE_SPELLINGS.getOrDefault(full, full.isEmpty() ? List.of() : List.of(full));
    }

    /** Every spelling a city may have been stored under: its full name first, then the stem (深圳市, 深圳). */
    public static List<String> citySpellings(String province, String text) {
        String full = city(province, text);
        if (full.isEmpty()) {
            return List.of();
        }
        Set<String> spellings = new LinkedHashSet<>(List.of(full));
        String stem = RegionGazetteer.stem(full);
        spellings.add(stem);
        if (full.endsWith("自治州")) {
            spellings.add(stem + "州");
        }
        return List.copyOf(spellings);
    }

    private static String clean(String text) {
        return text == null ? "" : TextNormalizer.normalize(text).replaceAll("\\s+", "");
    }

    private static List<String[]> lines(String resource) {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = RegionNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NlpException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip().split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new NlpException("cannot read " + resource, e);
        }
        return lines;
    }
}
