package org.qianliyan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Small committed excerpts of the public data sets (provenance in
 * {@code org/qianliyan/testkit/ljgk/README.md}), as files, because the importers and the
 * command line read files. They come out of the class path into one temporary folder per
 * test JVM.
 */
public final class PublicDataExcerpts {

    private static Path folder;

    private PublicDataExcerpts() {
    }

    /** @return 13 plants of the ljgk plant list */
    public static Path ljgkPlants() {
        return file("ljgk/plants.csv");
    }

    /** @return the 33 furnaces of those plants */
    public static Path ljgkFurnaces() {
        return file("ljgk/furnaces.csv");
    }

    /** @return 176 daily rows, 金乡盛运's exceedances of 2023-12-02 among them */
    public static Path ljgkDaily() {
        return file("ljgk/daily.csv");
    }

    private static synchronized Path file(String resource) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("qianliyan-excerpts");
                folder.toFile().deleteOnExit();
            }
            Path target = folder.resolve(resource.replace('/', '-'));
            if (!Files.exists(target)) {
                try (InputStream in = PublicDataExcerpts.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("excerpt " + resource + " is missing from the test kit");
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
