package org.qianliyan.nlp.link;

import org.qianliyan.nlp.NlpException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test-scope {@link FacilitySource} over the ljgk plant list CSV (no quoted fields in that file). Province, city
 * and county come from {@code fullregion_name} (浙江-温州-龙湾区), with {@code region_name} and the address as
 * fallbacks when it is empty or short. The ljgk data names no operator group, so that stays null.
 */
public final class CsvFacilitySource implements FacilitySource {

    private final List<FacilityName> facilities;

    /** @param csv the plants CSV */
    public CsvFacilitySource(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(",", -1));
            int code = header.indexOf("ps_code");
            int name = header.indexOf("ps_name");
            int regionName = header.indexOf("region_name");
            int address = header.indexOf("address");
            int credit = header.indexOf("credit_code");
            int full = header.indexOf("fullregion_name");
            List<FacilityName> list = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                String[] region = f[full].isBlank() ? new String[0] : f[full].split("-");
                String province = region.length > 0 ? region[0] : provinceFromAddress(f[address]);
                String city = region.length > 1 ? region[1] : blankToNull(f[regionName]);
                String county = region.length > 2 ? region[2] : null;
                list.add(new FacilityName(f[code], f[name], blankToNull(f[credit]), province, city, county, null));
            }
            this.facilities = List.copyOf(list);
        } catch (IOException e) {
            throw new NlpException("cannot read " + csv, e);
        }
    }

    private static String provinceFromAddress(String address) {
        for (String end : List.of("自治区", "省")) {
            int i = address.indexOf(end);
            if (i > 0 && i <= 8) {
                return address.substring(0, i + end.length());
            }
        }
        for (String municipality : List.of("北京", "上海", "天津", "重庆")) {
            if (address.startsWith(municipality)) {
                return municipality;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public List<FacilityName> facilities() {
        return facilities;
    }
}
