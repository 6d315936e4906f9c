package org.qianliyan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class FixturesTest {

    private String requireBefore;
    private String sharedBefore;

    @BeforeEach
    void remember() {
        requireBefore = System.getProperty(Fixtures.REQUIRE_PROPERTY);
        sharedBefore = System.getProperty(Fixtures.SHARED_DIR_PROPERTY);
    }

    @AfterEach
    void restore() {
        set(Fixtures.REQUIRE_PROPERTY, requireBefore);
        set(Fixtures.SHARED_DIR_PROPERTY, sharedBefore);
    }

    @Test
    void a_missing_fixture_skips_the_test_with_its_message() {
        System.clearProperty(Fixtures.REQUIRE_PROPERTY);

        assertThatThrownBy(() -> Fixtures.assumeAvailable(false, "chromium is not installed"))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("chromium is not installed");
    }

    @Test
    void a_missing_fixture_fails_the_test_when_fixtures_are_required() {
        System.setProperty(Fixtures.REQUIRE_PROPERTY, "true");

        assertThatThrownBy(() -> Fixtures.assumeAvailable(false, "chromium is not installed"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("chromium is not installed")
                .hasMessageContaining(Fixtures.REQUIRE_PROPERTY);
    }

    @Test
    void a_present_fixture_lets_the_test_go_on_either_way() {
        System.setProperty(Fixtures.REQUIRE_PROPERTY, "true");
        Fixtures.assumeAvailable(true, "never shown");
    }

    @Test
    void shared_files_are_found_under_the_shared_folder_or_reported_missing(@TempDir Path shared) throws Exception {
        Files.createDirectories(shared.resolve("data"));
        Files.writeString(shared.resolve("data/plants.csv"), "ps_code\n");
        System.setProperty(Fixtures.SHARED_DIR_PROPERTY, shared.toString());
        System.setProperty(Fixtures.REQUIRE_PROPERTY, "true");

        assertThat(Fixtures.shared("data/plants.csv")).isEqualTo(shared.resolve("data/plants.csv"));
        assertThatThrownBy(() -> Fixtures.shared("data/absent.csv")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("absent.csv");
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
