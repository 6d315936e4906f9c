package org.qianliyan.portal.opinion.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a 64-bit SimHash into {@code threshold + 1} bands, indexed as keywords: two
 * fingerprints within {@code threshold} differing bits share at least one band exactly
 * (pigeonhole), so a {@code terms} query on the bands finds every near-duplicate candidate,
 * and the Hamming distance is then checked on the few it returns.
 */
final class SimHashBands {

    private final int bands;

    SimHashBands(int threshold) {
        this.bands = threshold + 1;
    }

    List<String> of(long fingerprint) {
        List<String> out = new ArrayList<>(bands);
        for (int i = 0; i < bands; i++) {
            int from = i * 64 / bands;
            int to = (i + 1) * 64 / bands;
            long mask = to - from == 64 ? -1L : (1L << (to - from)) - 1;
            out.add(i + ":" + Long.toHexString((fingerprint >>> from) & mask));
        }
        return out;
    }
}
