package org.qianliyan.nlp.link;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qianliyan.nlp.NlpException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-scope {@link FacilitySource} over the ljgk plant list CSV, read with Commons CSV as the training CSV is. Province, city
 * and county come from {@code fullregion_name} (浙江-温州-龙湾区), with {@code region_name} and the address as
 * fallbacks when it is empty or short. The ljgk data names no operator group, so that stays null.
 */
public final class CsvFacilitySource implements FacilitySource {

    private final List<FacilityName> facilities;

    /** @param csv the plants CSV */
    public CsvFacilitySource(Path csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser rows = CSVParser.parse(withoutByteOrderMark(reader), format)) {
            List<FacilityName> list = new ArrayList<>();
            for (CSVRecord f : rows) {
                String full = f.get("fullregion_name");
                String[] region = full.isBlank() ? new String[0] : full.split("-");
                String province = region.length > 0 ? region[0] : provinceFromAddress(f.get("address"));
                String city = region.length > 1 ? region[1] : blankToNull(f.get("region_name"));
                String county = region.length > 2 ? region[2] : null;
                list.add(new FacilityName(f.get("ps_code"), f.get("ps_name"), blankToNull(f.get("credit_code")), province,
                        city, county, null));
            }
            this.facilities = List.copyOf(list);
        } catch (IOException e) {
            throw new NlpException("cannot read " + csv, e);
        }
    }

    private static BufferedReader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
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
