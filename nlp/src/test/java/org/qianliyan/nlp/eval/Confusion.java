package org.qianliyan.nlp.eval;

import org.qianliyan.nlp.sentiment.SentimentLabel;

import java.util.EnumSet;
import java.util.Set;

/** A confusion matrix over sentiment labels with accuracy and macro-F1 over the given classes. */
final class Confusion {

    private final int[][] counts = new int[3][3];
    private final Set<SentimentLabel> classes;

    Confusion(Set<SentimentLabel> classes) {
        this.classes = EnumSet.copyOf(classes);
    }

    void add(SentimentLabel gold, SentimentLabel predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    double accuracy() {
        int correct = 0;
        for (int i = 0; i < 3; i++) {
            correct += counts[i][i];
        }
        return (double) correct / total();
    }

    double macroF1() {
        double sum = 0;
        for (SentimentLabel label : classes) {
            int i = label.ordinal();
            int predicted = 0;
            int gold = 0;
            for (int j = 0; j < 3; j++) {
                predicted += counts[j][i];
                gold += counts[i][j];
            }
            double p = predicted == 0 ? 0 : (double) counts[i][i] / predicted;
            double r = gold == 0 ? 0 : (double) counts[i][i] / gold;
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / classes.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("n=%d accuracy=%.3f macro-F1=%.3f  rows gold POS/NEU/NEG, "
                + "columns predicted:", total(), accuracy(), macroF1()));
        for (int[] row : counts) {
            sb.append(' ').append(java.util.Arrays.toString(row));
        }
        return sb.toString();
    }
}
