package org.qianliyan.index.ingest;

import java.util.Objects;

import org.qianliyan.index.IndexException;

/**
 * How {@link BulkWriter} batches and retries.
 *
 * @param maxActions documents per bulk request
 * @param maxBytes   JSON bytes per bulk request (a single larger document still goes, alone)
 * @param backoff    retries of overloaded or failing requests and documents
 * @param refresh    make each batch visible to searches before the flush returns (tests)
 */
public record BulkWriterSettings(int maxActions, long maxBytes, Backoff backoff, boolean refresh) {

    public BulkWriterSettings {
        Objects.requireNonNull(backoff, "backoff");
        if (maxActions < 1 || maxBytes < 1) {
            throw new IndexException("bulk batches need maxActions >= 1 and maxBytes >= 1, were "
                    + maxActions + " and " + maxBytes);
        }
    }

    /** 1,000 documents or 5 MB per request, {@link Backoff#standard()}, no refresh. */
    public static BulkWriterSettings defaults() {
        return new BulkWriterSettings(1_000, 5L * 1024 * 1024, Backoff.standard(), false);
    }

    /** The same settings, refreshing after every batch. */
    public BulkWriterSettings refreshing() {
        return new BulkWriterSettings(maxActions, maxBytes, backoff, true);
    }
}
