package org.qianliyan.portal.opinion.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SimHashBandsTest {

    private final SimHashBands bands = new SimHashBands(8);

    @Test
    void a_fingerprint_has_threshold_plus_one_bands_covering_all_64_bits() {
        List<String> of = bands.of(-1L);
        assertThat(of).hasSize(9);
        long bits = of.stream().mapToLong(b -> Long.bitCount(Long.parseUnsignedLong(b.substring(b.indexOf(':') + 1), 16))).sum();
        assertThat(bits).isEqualTo(64);
    }

    @Test
    void fingerprints_within_the_threshold_always_share_a_band() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            long a = random.nextLong();
            long b = a;
            int flips = random.nextInt(9);
            for (int f = 0; f < flips; f++) {
                b ^= 1L << random.nextInt(64);
            }
            Set<String> shared = new HashSet<>(bands.of(a));
            shared.retainAll(bands.of(b));
            assertThat(shared).as("%x vs %x", a, b).isNotEmpty();
        }
    }

    @Test
    void the_same_bits_in_different_bands_are_different_keys() {
        assertThat(new HashSet<>(bands.of(0L))).hasSize(9);
    }
}
