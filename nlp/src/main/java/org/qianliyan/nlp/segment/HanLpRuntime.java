package org.qianliyan.nlp.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.utility.Predefine;

import java.util.logging.Level;

/**
 * HanLP's global configuration, set once per JVM and never changed afterwards.
 *
 * <p>HanLP portable reads its dictionaries from the jar through its {@code ResourceIOAdapter}; it tries to write
 * {@code .bin} caches beside text dictionaries, which fails harmlessly inside a jar or on a read-only location and
 * is logged by HanLP at WARNING through java.util.logging. The dictionaries we use are shipped pre-compiled
 * ({@code .bin}) in the jar, so no cache write is attempted for them; our own dictionaries never go through HanLP's
 * file loaders (we insert words into a private trie), so nothing is ever written to disk.
 */
public final class HanLpRuntime {

    private static volatile boolean initialised;

    private HanLpRuntime() {
    }

    /** Applies the global settings; idempotent and thread-safe. */
    public static void ensureInitialised() {
        if (initialised) {
            return;
        }
        synchronized (HanLpRuntime.class) {
            if (!initialised) {
                HanLP.Config.enableDebug(false);
                HanLP.Config.ShowTermNature = true;
                // Only failures matter to us; HanLP logs cache misses at INFO/WARNING.
                Predefine.logger.setLevel(Level.SEVERE);
                initialised = true;
            }
        }
    }
}
