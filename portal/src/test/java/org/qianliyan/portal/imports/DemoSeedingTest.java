package org.qianliyan.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoSeedingTest {

    private final DemoSeeding seeding = new DemoSeeding();

    @Test
    void underway_from_the_first_seeder_beginning_until_the_last_one_ends() {
        assertThat(seeding.underway()).isFalse();

        DemoSeeding.Underway plants = seeding.begin();
        DemoSeeding.Underway cases = seeding.begin();
        plants.close();
        assertThat(seeding.underway()).isTrue();

        cases.close();
        assertThat(seeding.underway()).isFalse();
    }

    @Test
    void a_seeder_that_fails_is_no_longer_underway() {
        try (var underway = seeding.begin()) {
            throw new IllegalStateException("Elasticsearch went away");
        } catch (IllegalStateException expected) {
            assertThat(seeding.underway()).isFalse();
        }
    }
}
