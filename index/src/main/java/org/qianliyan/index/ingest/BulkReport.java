package org.qianliyan.index.ingest;

import java.util.List;

/**
 * What a {@link BulkWriter} has done so far.
 *
 * @param succeeded documents Elasticsearch took
 * @param failures  documents it refused for good, each with its reason
 * @param retries   bulk requests sent again after a 429 or 5xx (whole or for some documents)
 */
public record BulkReport(long succeeded, List<BulkFailure> failures, long retries) {

    public BulkReport {
        failures = List.copyOf(failures);
    }

    /** True when every document was taken. */
    public boolean allSucceeded() {
        return failures.isEmpty();
    }
}
