package org.qianliyan.portal.incinerator.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The committed ljgk excerpts (see {@code incinerator/PROVENANCE.md}) and files derived from them. */
final class LjgkTestFiles {

    /** The first plant of the excerpt. */
    static final String PLANT_ID = "3255E390BCC6982211939E62B134935F";
    static final String PLANT_NAME = "瑞金首创环保能源有限公司";
    static final int PLANTS = 30;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private LjgkTestFiles() {
    }

    static String text(String name) throws IOException {
        try (InputStream in = LjgkTestFiles.class.getResourceAsStream("/incinerator/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Plant id to name, as the UTF-8 excerpt has them (no field of its first two columns is quoted). */
    static Map<String, String> excerptNames() throws IOException {
        Map<String, String> names = new TreeMap<>();
        text("plants-excerpt.csv").lines().skip(1).map(line -> line.split(",", 3))
                .forEach(fields -> names.put(fields[0], fields[1]));
        return names;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static Path excerpt(Path dir, String name) throws IOException {
        return write(dir, name, text(name).getBytes(StandardCharsets.UTF_8));
    }

    /** The plant list as Excel on a Chinese Windows saves it. */
    static Path plantsInGbk(Path dir) throws IOException {
        return write(dir, "plants-gbk.csv", text("plants-excerpt.csv").getBytes(Charset.forName("GBK")));
    }

    /** The plant list in GBK with bytes that no charset we read allows (0xFF) inside the first name. */
    static Path plantsWithGarbage(Path dir) throws IOException {
        String text = text("plants-excerpt.csv");
        int at = text.substring(0, text.indexOf(PLANT_NAME) + 2).getBytes(Charset.forName("GBK")).length;
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        byte[] damaged = new byte[gbk.length + 2];
        System.arraycopy(gbk, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        damaged[at + 1] = (byte) 0xFF;
        System.arraycopy(gbk, at, damaged, at + 2, gbk.length - at);
        return write(dir, "plants-garbage.csv", damaged);
    }

    /** The daily file, valid UTF-8 for its first 64 KiB and then a byte that is neither UTF-8 nor GB18030. */
    static Path dailyDamagedAfterStart(Path dir) throws IOException {
        byte[] utf8 = text("daily-excerpt.csv").getBytes(StandardCharsets.UTF_8);
        int at = 100_000;
        while (utf8[at] != '\n') {
            at++;
        }
        byte[] damaged = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(utf8, at, damaged, at + 1, utf8.length - at);
        return write(dir, "daily-damaged.csv", damaged);
    }

    /** The plant list after a round trip through the wrong charset: valid UTF-8, every Chinese name garbled. */
    static Path plantsMojibake(Path dir) throws IOException {
        String garbled = new String(text("plants-excerpt.csv").getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        return write(dir, "plants-mojibake.csv", garbled.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The excerpt's daily rows repeated for {@code days} more days from 2023-12-04: a long file of new days for the
     * same plants, as a daily export of later months would be.
     */
    static Path laterDays(Path dir, int days) throws IOException {
        List<String> lines = text("daily-excerpt.csv").lines().toList();
        List<String> firstDay = lines.stream().skip(1).filter(line -> line.contains(",20231201,")).toList();
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int i = 0; i < days; i++) {
            LocalDate day = LocalDate.of(2023, 12, 4).plusDays(i);
            for (String line : firstDay) {
                out.add(line.replace("2023-12-01", day.toString()).replace(",20231201,", "," + day.format(COMPACT) + ","));
            }
        }
        return Files.write(dir.resolve("daily-later-" + days + ".csv"), out, StandardCharsets.UTF_8);
    }
}
