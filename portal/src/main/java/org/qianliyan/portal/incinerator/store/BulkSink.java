package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.ingest.BulkFailure;
import org.qianliyan.index.ingest.BulkReport;
import org.qianliyan.index.ingest.BulkWriter;
import org.qianliyan.index.ingest.BulkWriterSettings;

/**
 * The index module's {@link BulkWriter} (bounded batches, back-off on 429/5xx) with the
 * incinerator imports' policy on top: a document the cluster refuses fails the import with
 * the first refusals named, because a partial write of compliance data would be worse
 * than none.
 */
public final class BulkSink implements AutoCloseable {

    private static final int BATCH = 2_000;
    private static final int NAMED_REFUSALS = 3;

    private final BulkWriter writer;

    public BulkSink(ElasticsearchClient client) {
        BulkWriterSettings defaults = BulkWriterSettings.defaults();
        this.writer = new BulkWriter(client,
                new BulkWriterSettings(BATCH, defaults.maxBytes(), defaults.backoff(), defaults.refresh()));
    }

    public void index(String alias, String id, Map<String, Object> document) throws IOException {
        writer.index(alias, id, document);
        failOnRefusals(writer.report());
    }

    public void flush() throws IOException {
        failOnRefusals(writer.flush());
    }

    public long written() {
        return writer.report().succeeded();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private static void failOnRefusals(BulkReport report) {
        if (report.allSucceeded()) {
            return;
        }
        List<String> refusals = report.failures().stream().limit(NAMED_REFUSALS).map(BulkSink::describe).toList();
        throw new IndexWriteException("Elasticsearch refused documents: " + String.join("; ", refusals));
    }

    private static String describe(BulkFailure failure) {
        return "index=" + failure.index() + " id=" + failure.id() + " " + failure.reason();
    }
}
