package org.qianliyan.portal.opinion.alert;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a spike in a series of counts (one per hour or day): the bucket under test is compared
 * with the same phase of the previous {@code seasons} seasons (the same weekday for daily
 * buckets with a season of 7, the same hour of day for hourly buckets with a season of 24; a
 * season of 1 is a plain trailing window). The expected count is their median. The spread is
 * the scaled median absolute deviation (1.4826·MAD, a standard deviation for normal noise) of
 * the whole history against each bucket's own phase median, relative to √median as for
 * Poisson counts and never below the Poisson spread √expected, so a flat history cannot make
 * a tiny rise look huge. A spike is a robust z-score of at least {@code threshold} and at least
 * {@code minCount} posts. Median and MAD ignore an earlier spike in the history.
 *
 * <pre>{@code
 * SpikeDetector detector = new SpikeDetector(new SpikeDetector.Settings(7, 8, 5.0, 10));
 * Optional<Spike> spike = detector.test(dailyCounts, dailyCounts.length - 1);
 * }</pre>
 */
public final class SpikeDetector {

    private static final double MAD_TO_SIGMA = 1.4826;

    /**
     * @param season    buckets per season (7 for days with a weekly rhythm, 24 for hours, 1 for none)
     * @param seasons   how many past seasons make the baseline (the history needed is season × seasons buckets)
     * @param threshold the robust z-score from which a count is a spike
     * @param minCount  fewer posts than this are never a spike, whatever the baseline
     */
    public record Settings(int season, int seasons, double threshold, int minCount) {

        public Settings {
            if (season < 1 || seasons < 3 || threshold <= 0 || minCount < 1) {
                throw new IllegalArgumentException("spike settings out of range: season " + season + ", seasons " + seasons
                        + ", threshold " + threshold + ", minCount " + minCount);
            }
        }

        /** @return buckets of history a test needs before the bucket under test */
        public int history() {
            return season * seasons;
        }
    }

    /**
     * A spike found.
     *
     * @param count    the count in the bucket
     * @param expected the baseline's median
     * @param score    the robust z-score
     */
    public record Spike(long count, double expected, double score) {
    }

    private final Settings settings;

    public SpikeDetector(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * @param counts the series, oldest first
     * @param at     the bucket to test
     * @return the spike at {@code at}, or empty when it is not one or the history is too short
     */
    public Optional<Spike> test(long[] counts, int at) {
        if (at < settings.history() || at >= counts.length) {
            return Optional.empty();
        }
        long count = counts[at];
        if (count < settings.minCount()) {
            return Optional.empty();
        }
        // The history's buckets by phase (distance to the bucket under test, modulo the season):
        // each phase's median is its baseline; phase 0 is the bucket under test's own.
        int season = settings.season();
        double[] phaseMedians = new double[season];
        for (int phase = 0; phase < season; phase++) {
            double[] values = new double[settings.seasons()];
            for (int k = 0; k < values.length; k++) {
                values[k] = counts[at - (phase == 0 ? season : phase) - k * season];
            }
            phaseMedians[phase] = median(values);
        }
        double expected = phaseMedians[0];
        // The spread comes from every bucket of the history, not from the few same-phase values
        // alone (whose MAD is too noisy with a handful of seasons). Counts vary more where they
        // are larger (a busy weekday, a busy hour), so each residual is taken relative to the
        // square root of its phase's median, as for Poisson counts, and scaled back to this phase.
        double[] residuals = new double[settings.history()];
        for (int distance = 1; distance <= residuals.length; distance++) {
            double phaseMedian = phaseMedians[distance % season];
            residuals[distance - 1] = Math.abs(counts[at - distance] - phaseMedian) / Math.sqrt(Math.max(phaseMedian, 1.0));
        }
        double spread = Math.max(MAD_TO_SIGMA * median(residuals), 1.0) * Math.sqrt(Math.max(expected, 1.0));
        double score = (count - expected) / spread;
        return score >= settings.threshold() ? Optional.of(new Spike(count, expected, score)) : Optional.empty();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
