package org.qianliyan.nlp.link;

import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the names people actually use for a facility from its registered name:
 * 金乡盛运环保电力有限公司 → 金乡盛运环保电力, 金乡盛运. Parenthesised parts and legal-form suffixes go first, then
 * business descriptors (环保电力, 再生能源, 环境科技…) are stripped from the end while at least four chars remain,
 * keeping every intermediate form. Variants: without the 市/县 of a leading place (泉州市圣元 → 泉州圣元), without the
 * leading place when five chars or more remain (北京南宫生物质能源 → 南宫生物质能源), and with a parenthesised
 * locality in front (光大环保能源（永州） → 永州光大环保能源). A two-char brand plus descriptor (光大环境) names a
 * group, not a plant, and is never an alias.
 */
public final class FacilityShortNames {

    private static final Pattern PARENTHESES = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern LEADING_PLACE = Pattern.compile("^([\\u4e00-\\u9fa5]{2,3}?)(市|县)");
    private static final List<String> LEGAL_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "分公司",
            "公司", "集团", "分厂", "厂");
    private static final List<String> DESCRIPTORS = List.of("城市环境服务", "资源综合利用", "生活垃圾焚烧发电",
            "垃圾焚烧发电", "生物质能源", "生物质发电", "清洁能源", "再生能源", "环保电力", "环保能源", "环境能源", "绿色能源",
            "新能源", "环保科技", "环境科技", "环保发电", "环境工程", "固废处置", "固废处理", "垃圾处理", "垃圾发电", "热电联产",
            "资源利用", "综合利用", "再生资源", "环境服务", "循环经济", "环保产业", "环保工程", "能源开发", "电力开发",
            "生物质", "热电", "发电", "电力", "能源", "科技", "环保", "环境", "工程", "资源", "环卫", "实业", "投资", "开发",
            "建设", "运营", "管理", "服务", "发展", "热力", "动力", "水务", "生态", "清洁", "焚烧", "产业", "固废", "城投", "技术");

    private FacilityShortNames() {
    }

    /**
     * @param registeredName the registered name
     * @return normalised aliases, longest first, never including the registered name itself
     */
    public static Set<String> derive(String registeredName) {
        return derive(registeredName, List.of());
    }

    /**
     * @param registeredName the registered name
     * @param placeNames     names of the facility's own province, city and county, with and without suffix; a
     *                       leading one of these is dropped for one more variant (北京南宫生物质能源 → 南宫生物质能源)
     * @return normalised aliases, never including the registered name itself
     */
    public static Set<String> derive(String registeredName, Collection<String> placeNames) {
        String name = TextNormalizer.normalize(registeredName.strip());
        Set<String> aliases = new LinkedHashSet<>();
        Matcher parenthesis = PARENTHESES.matcher(name);
        String locality = parenthesis.find() ? parenthesis.group().substring(1, parenthesis.group().length() - 1) : null;
        String base = PARENTHESES.matcher(name).replaceAll("").replace("(", "").replace(")", "");
        if (!base.equals(name) && base.length() >= 4) {
            aliases.add(base);
        }
        String core = stripSuffixes(base, LEGAL_SUFFIXES, 2);
        addWithDescriptorsStripped(core, aliases);
        // 泉州市圣元 → 泉州圣元: people drop the 市/县 of a leading place name
        Matcher place = LEADING_PLACE.matcher(core);
        if (place.find()) {
            addWithDescriptorsStripped(place.group(1) + core.substring(place.end()), aliases);
        }
        // 北京南宫生物质能源 → 南宫生物质能源: the leading place is often left out
        String withoutPlace = withoutLeadingPlaces(core, placeNames);
        if (withoutPlace.length() >= 5) {
            addWithDescriptorsStripped(withoutPlace, aliases);
        }
        // 光大环保能源（永州） → 永州光大环保能源
        if (locality != null && locality.length() >= 2 && locality.length() <= 6 && !locality.contains("垃圾")) {
            addWithDescriptorsStripped(locality + core, aliases);
        }
        aliases.remove(name);
        aliases.removeIf(FacilityShortNames::isGroupLike);
        return aliases;
    }

    /** Adds the name and every form left while descriptors are stripped from its end (at least four chars). */
    private static void addWithDescriptorsStripped(String name, Set<String> aliases) {
        String current = name;
        if (current.length() >= 4) {
            aliases.add(current);
        }
        String next = stripOne(current, DESCRIPTORS, 4);
        while (!next.equals(current)) {
            aliases.add(next);
            current = next;
            next = stripOne(current, DESCRIPTORS, 4);
        }
    }

    /** 光大环境, 伟明环保: a two-char brand plus a descriptor names the whole group, not one plant. */
    private static boolean isGroupLike(String alias) {
        return alias.length() <= 4 && DESCRIPTORS.contains(alias.substring(2));
    }

    private static String withoutLeadingPlaces(String core, Collection<String> placeNames) {
        String current = core;
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher m = LEADING_PLACE.matcher(current);
            String withoutSuffix = m.find() ? m.group(1) + current.substring(m.end()) : current;
            for (String place : placeNames) {
                String p = TextNormalizer.normalize(place);
                if (p.length() >= 2 && withoutSuffix.startsWith(p) && withoutSuffix.length() - p.length() >= 4) {
                    current = withoutSuffix.substring(p.length());
                    changed = true;
                    break;
                }
            }
        }
        return current.equals(core) ? "" : current;
    }

    private static String stripOne(String name, List<String> suffixes, int minimumLeft) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= minimumLeft) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String stripSuffixes(String name, List<String> suffixes, int minimumLeft) {
        String current = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : suffixes) {
                if (current.endsWith(suffix) && current.length() - suffix.length() >= minimumLeft) {
                    current = current.substring(0, current.length() - suffix.length());
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }
}
