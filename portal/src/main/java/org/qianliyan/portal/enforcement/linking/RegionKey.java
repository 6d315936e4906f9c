package org.qianliyan.portal.enforcement.linking;

import java.util.regex.Pattern;

/**
 * A province, city or county name without its administrative suffix, so 江苏省, 江苏 and
 * the ministry's "江苏-常州" parts compare equal.
 */
final class RegionKey {

    private static final Pattern SUFFIX = Pattern.compile(
            "(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|自治州|地区|盟|区|县)$");

    private RegionKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String key = name.strip();
        // Two-character names such as 朝阳 or 和县 keep their suffix-like last character.
        return key.length() > 2 ? SUFFIX.matcher(key).replaceFirst("") : key.replaceFirst("(省|市)$", "");
    }
}
