package org.qianliyan.nlp.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real-world data beside the clone, found through the system property {@code qianliyan.shared-dir}
 * (Surefire sets it). Tests that need it are skipped with a message when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * @param relative a path under the shared directory, e.g. {@code data/ljgk-plants}
     * @return the existing path; the calling test is skipped when it does not exist
     */
    public static Path require(String relative) {
        String dir = System.getProperty("qianliyan.shared-dir");
        Assumptions.assumeTrue(dir != null, "system property qianliyan.shared-dir not set: skipping test on shared data");
        Path path = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "shared data not found at " + path + ": skipping");
        return path;
    }

    /** @return the plant list CSV of the ljgk platform */
    public static Path plants() {
        return require("data/ljgk-plants/incinerator_plants_ljgk_2024-05.csv");
    }
}
