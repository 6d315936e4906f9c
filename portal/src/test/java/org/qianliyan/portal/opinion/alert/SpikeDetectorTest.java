package org.qianliyan.portal.opinion.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The detector on generated series with planted spikes: over many seeded simulated weeks,
 * every spike is found and no week has more than one false alarm, for plain, noisy
 * (over-dispersed) and seasonal series, daily and hourly.
 */
class SpikeDetectorTest {

    private static final double[] FLAT_WEEK = {1, 1, 1, 1, 1, 1, 1};
    private static final double[] WORKING_WEEK = {1.3, 1.2, 1.2, 1.1, 1.0, 0.45, 0.4};
    private static final int WEEKS = 12;
    private static final int SERIES = 150;
    /** A spike is planted every this many weeks, somewhere in the week. */
    private static final int SPIKE_EVERY = 3;
    /** A planted spike stands this many of the generator's own standard deviations above the mean. */
    private static final double SPIKE_SIZE = 10;

    private final SpikeDetector daily = new SpikeDetector(new SpikeDetector.Settings(7, 8, 5.0, 10));
    private final SpikeDetector hourly = new SpikeDetector(new SpikeDetector.Settings(24, 8, 5.0, 10));

    @Test
    void flat_poisson_days_spikes_are_found_and_quiet_weeks_stay_quiet() {
        verify(daily, 7, seed -> new SyntheticCounts(seed, 5 + seed % 40, FLAT_WEEK, 0));
    }

    @Test
    void noisy_over_dispersed_days_spikes_are_found_and_quiet_weeks_stay_quiet() {
        verify(daily, 7, seed -> new SyntheticCounts(seed, 10 + seed % 60, FLAT_WEEK, 10));
    }

    @Test
    void weekly_seasonal_days_spikes_are_found_and_quiet_weekends_are_no_alarm() {
        verify(daily, 7, seed -> new SyntheticCounts(seed, 8 + seed % 50, WORKING_WEEK, 15));
    }

    @Test
    void hours_with_a_day_rhythm_spikes_are_found_with_at_most_one_false_alarm_a_week() {
        double[] day = new double[24];
        for (int h = 0; h < 24; h++) {
            day[h] = 0.25 + 1.5 * Math.max(0, Math.sin(Math.PI * (h - 6) / 16.0));
        }
        verify(hourly, 24 * 7, seed -> new SyntheticCounts(seed, 4 + seed % 20, day, 0));
    }

    @Test
    void a_flat_history_does_not_make_a_small_rise_a_spike() {
        long[] counts = new long[57];
        java.util.Arrays.fill(counts, 20);
        counts[56] = 28;
        assertThat(daily.test(counts, 56)).isEmpty();
        counts[56] = 60;
        assertThat(daily.test(counts, 56)).hasValueSatisfying(s -> {
            assertThat(s.expected()).isEqualTo(20.0);
            assertThat(s.score()).isGreaterThan(5.0);
        });
    }

    @Test
    void a_few_posts_are_never_a_spike_and_a_short_history_is_never_tested() {
        long[] counts = new long[57];
        counts[56] = 9;
        assertThat(daily.test(counts, 56)).isEmpty();
        counts[55] = 100;
        assertThat(daily.test(counts, 55)).isEmpty();
        assertThat(daily.test(new long[]{0, 0, 500}, 2)).isEmpty();
    }

    @Test
    void settings_out_of_range_are_refused_with_the_values() {
        assertThatThrownBy(() -> new SpikeDetector.Settings(0, 8, 4, 10)).hasMessageContaining("season 0");
    }

    private interface Generator {
        SyntheticCounts of(long seed);
    }

    /** Plants one spike every SPIKE_EVERY weeks after the warm-up, then tests every bucket after the warm-up. */
    private static void verify(SpikeDetector detector, int bucketsPerWeek, Generator generator) {
        int warmUp = detector.settings().history();
        int length = warmUp + WEEKS * bucketsPerWeek;
        int missed = 0;
        int planted = 0;
        int worstWeek = 0;
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= SERIES; seed++) {
            SyntheticCounts source = generator.of(seed);
            long[] counts = source.series(length);
            Random where = new Random(-seed);
            Set<Integer> spikes = new HashSet<>();
            for (int week = 0; week < WEEKS; week += SPIKE_EVERY) {
                int at = warmUp + week * bucketsPerWeek + where.nextInt(bucketsPerWeek);
                counts[at] = Math.round(Math.max(source.meanAt(at) + SPIKE_SIZE * source.sdAt(at), 10 + source.meanAt(at)));
                spikes.add(at);
            }
            int[] falseAlarms = new int[WEEKS];
            for (int at = warmUp; at < length; at++) {
                boolean alarm = detector.test(counts, at).isPresent();
                if (spikes.contains(at)) {
                    planted++;
                    if (!alarm) {
                        missed++;
                        misses.add("seed " + seed + " bucket " + at + " count " + counts[at]);
                    }
                } else if (alarm) {
                    falseAlarms[(at - warmUp) / bucketsPerWeek]++;
                }
            }
            for (int n : falseAlarms) {
                worstWeek = Math.max(worstWeek, n);
            }
        }
        assertThat(planted).isEqualTo(SERIES * WEEKS / SPIKE_EVERY);
        assertThat(worstWeek).as("most false alarms in one simulated week").isLessThanOrEqualTo(1);
        assertThat(misses).as("planted spikes missed (%d of %d)", missed, planted).isEmpty();
    }
}
