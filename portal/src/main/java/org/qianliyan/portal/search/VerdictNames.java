package org.qianliyan.portal.search;

import java.util.Locale;
import java.util.Map;

/**
 * The stored values of a plant's verdict ({@code facilities.verdict}: the incinerator feature's
 * verdicts in lower case) and the Chinese words a journalist may type for them in
 * {@code verdict:超标}.
 */
final class VerdictNames {

    private static final Map<String, String> CHINESE = Map.of(
            "超标", "exceedance",
            "缺失", "missing", "数据缺失", "missing", "缺数", "missing",
            "维护", "maintenance",
            "标记", "marked", "已标记", "marked",
            "达标", "compliant", "合规", "compliant");

    private VerdictNames() {
    }

    /** {@code 超标} and {@code EXCEEDANCE} → {@code exceedance}; anything else as typed, in lower case (it matches nothing). */
    static String stored(String typed) {
        String value = typed.strip();
        return CHINESE.getOrDefault(value, value.toLowerCase(Locale.ROOT));
    }
}
