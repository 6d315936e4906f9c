package org.qianliyan.nlp.link;

import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives the names people actually use for a facility from its registered name:
 * 金乡盛运环保电力有限公司 → 金乡盛运环保电力, 金乡盛运. Parenthesised parts and legal-form suffixes go first, then
 * business descriptors (环保电力, 再生能源, 环境科技…) are stripped from the end while at least four chars remain.
 */
public final class FacilityShortNames {

    private static final Pattern PARENTHESES = Pattern.compile("[(（][^)）]*[)）]");
    private static final List<String> LEGAL_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "分公司",
            "公司", "集团", "分厂", "厂");
    private static final List<String> DESCRIPTORS = List.of("城市环境服务", "资源综合利用", "生活垃圾焚烧发电",
            "垃圾焚烧发电", "生物质能源", "生物质发电", "清洁能源", "再生能源", "环保电力", "环保能源", "环境能源", "绿色能源",
            "新能源", "环保科技", "环境科技", "环保发电", "环境工程", "固废处置", "固废处理", "垃圾处理", "垃圾发电", "热电联产",
            "资源利用", "综合利用", "再生资源", "环境服务", "循环经济", "环保产业", "环保工程", "能源开发", "电力开发",
            "生物质", "热电", "发电", "电力", "能源", "科技", "环保", "环境", "工程", "资源", "环卫", "实业", "投资", "开发",
            "建设", "运营", "管理", "服务", "热力", "动力", "水务", "生态", "清洁", "焚烧", "产业", "固废", "城投", "技术");

    private FacilityShortNames() {
    }

    /**
     * @param registeredName the registered name
     * @return normalised aliases, longest first, never including the registered name itself
     */
    public static Set<String> derive(String registeredName) {
        String name = TextNormalizer.normalize(registeredName.strip());
        Set<String> aliases = new LinkedHashSet<>();
        String base = PARENTHESES.matcher(name).replaceAll("");
        base = base.replace("(", "").replace(")", "");
        if (!base.equals(name) && base.length() >= 4) {
            aliases.add(base);
        }
        String core = stripSuffixes(base, LEGAL_SUFFIXES, 2);
        if (core.length() >= 4) {
            aliases.add(core);
        }
        String shortest = stripSuffixes(core, DESCRIPTORS, 4);
        if (shortest.length() >= 4) {
            aliases.add(shortest);
        }
        aliases.remove(name);
        return aliases;
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
