package org.qianliyan.portal.opinion.alert;

import java.util.Random;

/**
 * Seeded count series for the detector tests: Poisson counts around a mean with a seasonal
 * rhythm, optionally over-dispersed (gamma-Poisson, the negative binomial of real post
 * counts), and the true standard deviation of each bucket so a planted spike can be sized
 * in the generator's own noise.
 */
final class SyntheticCounts {

    private final Random random;
    private final double[] rhythm;
    private final double mean;
    private final double dispersion;

    /**
     * @param seed       the random seed
     * @param mean       the mean count of a bucket with rhythm 1
     * @param rhythm     the multiplier of each phase of the season (length = season)
     * @param dispersion gamma shape of the over-dispersion, or 0 for plain Poisson
     */
    SyntheticCounts(long seed, double mean, double[] rhythm, double dispersion) {
        this.random = new Random(seed);
        this.mean = mean;
        this.rhythm = rhythm;
        this.dispersion = dispersion;
    }

    double meanAt(int bucket) {
        return mean * rhythm[bucket % rhythm.length];
    }

    double sdAt(int bucket) {
        double m = meanAt(bucket);
        return Math.sqrt(dispersion > 0 ? m + m * m / dispersion : m);
    }

    long[] series(int length) {
        long[] counts = new long[length];
        for (int i = 0; i < length; i++) {
            double m = meanAt(i);
            counts[i] = poisson(dispersion > 0 ? gamma(dispersion) * m / dispersion : m);
        }
        return counts;
    }

    private long poisson(double lambda) {
        if (lambda > 50) {
            return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
        }
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Marsaglia and Tsang's method, shape ≥ 1. */
    private double gamma(double shape) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
