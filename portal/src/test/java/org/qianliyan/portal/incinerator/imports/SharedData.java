package org.qianliyan.portal.incinerator.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real platform exports beside the clone ({@code qianliyan.shared-dir}); tests skip when they are absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path plants() {
        return file("ljgk-plants", "incinerator_plants_ljgk_2024-05.csv");
    }

    public static Path furnaces() {
        return file("ljgk-plants", "incinerator_furnaces_ljgk_2023-04.csv");
    }

    public static Path daily() {
        return file("ljgk-daily", "incinerator_daily_avg_2023-12-01_to_03.csv");
    }

    private static Path file(String folder, String name) {
        String shared = System.getProperty("qianliyan.shared-dir");
        assumeTrue(shared != null, "qianliyan.shared-dir is not set: skipping the test on the real ljgk data");
        Path path = Path.of(shared, "data", folder, name);
        assumeTrue(Files.isReadable(path), "real ljgk data not found at " + path + ": skipping");
        return path;
    }

    static CsvTable open(Path path, java.util.List<String> columns) throws IOException {
        return CsvTable.open(Files.newInputStream(path), path.getFileName().toString(), columns);
    }
}
