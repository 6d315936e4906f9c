package org.qianliyan.nlp.dedup;

import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.regex.Pattern;

/**
 * 64-bit SimHash for near-duplicate detection of posts. Before hashing, the text is normalised and stripped of
 * what reposts add or change: 转发/转/repost markers, {@code //@handle:} chains, {@code @handles}, URLs, emoji,
 * punctuation and spaces. Features are overlapping character 3-grams of what is left, so a trimmed tail or a
 * prefix only removes the shingles it touches. Thread-safe.
 *
 * <pre>{@code
 * SimHash simHash = new SimHash(8);
 * boolean same = simHash.nearDuplicate(simHash.fingerprint(a), simHash.fingerprint(b));
 * }</pre>
 */
public final class SimHash {

    private static final Pattern REPOST_NOISE = Pattern.compile(
            "(?i)https?://\\S+|//@[^:：\\s]{1,30}[:：]?|@[\\p{L}\\p{N}_\\-]{1,30}|转发微博|【转】|\\[转\\]|转发[:：]?|^转[:：]|repost");
    private static final int SHINGLE = 3;
    private static final long LOWEST_BIT_OF_EACH_BYTE = 0x0101010101010101L;

    private final int threshold;

    /** @param threshold maximum Hamming distance of near-duplicates, 0..64 */
    public SimHash(int threshold) {
        if (threshold < 0 || threshold > 64) {
            throw new NlpException("SimHash threshold must be within 0..64, was " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * @param text any text
     * @return its fingerprint; 0 for text without letters or digits
     */
    public long fingerprint(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return 0L;
        }
        int n = Math.max(1, cleaned.length() - SHINGLE + 1);
        int[] ones = new int[64];
        // Bit counting in byte lanes: lanes[b] holds eight 8-bit counters, for bits b, b+8, ..., b+56, so a
        // shingle costs eight additions instead of one step per set bit; flushed before a counter can overflow.
        long[] lanes = new long[8];
        for (int i = 0; i < n; i++) {
            long h = hash(cleaned, i, Math.min(cleaned.length(), i + SHINGLE));
            for (int b = 0; b < 8; b++) {
                lanes[b] += (h >>> b) & LOWEST_BIT_OF_EACH_BYTE;
            }
            if (i % 255 == 254 || i == n - 1) {
                flush(lanes, ones);
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (2 * ones[bit] > n) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static void flush(long[] lanes, int[] ones) {
        for (int b = 0; b < 8; b++) {
            for (int lane = 0; lane < 8; lane++) {
                ones[lane * 8 + b] += (int) ((lanes[b] >>> (lane * 8)) & 0xFF);
            }
            lanes[b] = 0;
        }
    }

    /** @return the number of differing bits */
    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** @return whether the two fingerprints are within the threshold */
    public boolean nearDuplicate(long a, long b) {
        return hammingDistance(a, b) <= threshold;
    }

    /** @return the configured threshold */
    public int threshold() {
        return threshold;
    }

    static String clean(String text) {
        String normalized = TextNormalizer.normalize(text);
        boolean noisy = normalized.indexOf('@') >= 0 || normalized.indexOf('转') >= 0
                || normalized.contains("http") || normalized.contains("repost");
        String stripped = noisy ? REPOST_NOISE.matcher(normalized).replaceAll("") : normalized;
        StringBuilder sb = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // letters and digits of any script; emoji (surrogates), punctuation and spaces are dropped
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** FNV-1a over the chars, then a MurmurHash3 finaliser to spread the bits. */
    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
