package org.qianliyan.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place where a test may find that something outside the repository is missing:
 * the public data sets in {@code ../shared} (read only by evaluations and benchmarks) or a
 * browser. Absent, the test is skipped with a message; with the system property
 * {@value #REQUIRE_PROPERTY}{@code =true} (CI, which has both) it fails instead, so a
 * missing fixture can never pass as a green build.
 */
public final class Fixtures {

    /** When {@code true}, a missing fixture fails the test instead of skipping it. */
    public static final String REQUIRE_PROPERTY = "qianliyan.require-fixtures";

    /** The folder of public data sets beside the clone, set by Surefire and Failsafe. */
    public static final String SHARED_DIR_PROPERTY = "qianliyan.shared-dir";

    private Fixtures() {
    }

    /**
     * Lets the calling test go on only when {@code available}.
     *
     * @param what what is missing and how to get it, shown in the skip or failure
     */
    public static void assumeAvailable(boolean available, String what) {
        if (available) {
            return;
        }
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            Assertions.fail(what + " (required because -D" + REQUIRE_PROPERTY + "=true)");
        }
        Assumptions.abort(what + ": skipped");
    }

    /**
     * @param relative a path under the shared folder, e.g. {@code data/ljgk-plants/x.csv}
     * @return that existing file or folder; the test is skipped (or fails) when it is absent
     */
    public static Path shared(String relative) {
        String dir = System.getProperty(SHARED_DIR_PROPERTY);
        assumeAvailable(dir != null, "system property " + SHARED_DIR_PROPERTY + " is not set, so ../shared/"
                + relative + " cannot be found");
        Path path = Path.of(dir).resolve(relative);
        assumeAvailable(Files.exists(path), "public data set " + path.normalize() + " is absent (put the shared"
                + " folder beside the clone)");
        return path;
    }
}
