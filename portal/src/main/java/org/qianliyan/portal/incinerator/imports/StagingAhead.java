package org.qianliyan.portal.incinerator.imports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.qianliyan.index.schema.StagedIndices;

/**
 * New generations of the indices, created on a thread of their own while the files are validated: creating
 * them mostly waits for the master, validating is the importer's own work, so the import pays the longer of the
 * two rather than their sum. Closed before its import committed, the
 * generations are abandoned (deleted, the old ones writable again), so a refused import leaves no trace.
 */
final class StagingAhead implements AutoCloseable {

    private final CompletableFuture<StagedIndices> staging;

    private StagingAhead(CompletableFuture<StagedIndices> staging) {
        this.staging = staging;
    }

    static StagingAhead begin(Supplier<StagedIndices> stage) {
        return new StagingAhead(CompletableFuture.supplyAsync(stage,
                task -> new Thread(task, "ljgk-staging").start()));
    }

    /** Waits for the generations; throws what staging threw. */
    StagedIndices generations() {
        try {
            return staging.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Abandons the generations unless they were committed. A staging that failed has cleaned up after itself
     * ({@link StagedIndices#begin}); its failure matters only to an import that went on to take the generations.
     */
    @Override
    public void close() {
        StagedIndices staged;
        try {
            staged = staging.join();
        } catch (CompletionException e) {
            return;
        }
        staged.close();
    }
}
