package org.qianliyan.portal.opinion.dashboard;

import java.util.regex.Pattern;

/** Province names as posts store them (浙江省, 广西壮族自治区) to the outline map's names (浙江, 广西). */
final class ProvinceNames {

    private static final Pattern SUFFIX = Pattern.compile("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$");

    private ProvinceNames() {
    }

    static String onMap(String stored) {
        return SUFFIX.matcher(stored).replaceFirst("");
    }
}
