package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.IndexException;
import org.qianliyan.index.ingest.BulkFailure;
import org.qianliyan.index.ingest.BulkReport;
import org.qianliyan.index.ingest.BulkWriter;
import org.qianliyan.index.ingest.BulkWriterSettings;

/**
 * The index module's {@link BulkWriter} (bounded batches, back-off on 429/5xx) with the
 * incinerator imports' policy on top: a document the cluster refuses fails the import with
 * the first refusals named, because a partial write of compliance data would be worse
 * than none.
 *
 * <p>A full batch is serialised and sent on a thread of the sink's own while the caller
 * reads and judges the next one, so an import takes about the longer of its own work and
 * Elasticsearch's rather than their sum (docs/benchmarks/incinerator.md, import). At most
 * one batch is in flight: memory stays bounded, and a refusal surfaces at the next batch
 * or at {@link #flush} at the latest.
 */
public final class BulkSink implements AutoCloseable {

    private static final int BATCH = 2_000;
    private static final int NAMED_REFUSALS = 3;

    private record Pending(String alias, String id, Map<String, Object> document) {
    }

    private final BulkWriter writer;
    private List<Pending> pending = new ArrayList<>(BATCH);
    private ExecutorService sender;
    private Future<?> inFlight;

    public BulkSink(ElasticsearchClient client) {
        BulkWriterSettings defaults = BulkWriterSettings.defaults();
        this.writer = new BulkWriter(client,
                new BulkWriterSettings(BATCH, defaults.maxBytes(), defaults.backoff(), defaults.refresh()));
    }

    public void index(String alias, String id, Map<String, Object> document) throws IOException {
        pending.add(new Pending(alias, id, document));
        if (pending.size() == BATCH) {
            handOver();
        }
    }

    /** Sends everything queued and waits for it; throws if any document was refused. */
    public void flush() throws IOException {
        handOver();
        awaitInFlight();
    }

    public long written() {
        awaitInFlight();
        return writer.report().succeeded();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            if (sender != null) {
                sender.shutdown();
            }
        }
    }

    private void handOver() {
        awaitInFlight();
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> batch = pending;
        pending = new ArrayList<>(BATCH);
        if (sender == null) {
            sender = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "bulk-sink");
                thread.setDaemon(true);
                return thread;
            });
        }
        // The writer is only used by the sender thread between hand-overs; Future.get orders it with this thread.
        inFlight = sender.submit(() -> {
            batch.forEach(document -> writer.index(document.alias(), document.id(), document.document()));
            writer.flush();
        });
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IndexException("a bulk write failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while writing to Elasticsearch", e);
        } finally {
            inFlight = null;
        }
        failOnRefusals(writer.report());
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
