package org.qianliyan.nlp.eval;

/** True/false positives and false negatives, with precision, recall and F1. */
final class Counts {

    int truePositives;
    int falsePositives;
    int falseNegatives;

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), truePositives,
                falsePositives, falseNegatives);
    }
}
