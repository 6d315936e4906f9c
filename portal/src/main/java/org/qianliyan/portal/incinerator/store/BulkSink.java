package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Elasticsearch's rather than their sum (docs/benchmarks/incinerator.md, import). Two
 * batches are in flight at most: Elasticsearch indexes a batch on one thread, and the second
 * keeps its other core busy; memory stays bounded. A batch that writes a document again waits
 * for the batches in flight, so that the document ends as its last version. A refusal
 * surfaces when its batch is awaited, two hand-overs later or at {@link #flush} at the latest.
 */
public final class BulkSink implements AutoCloseable {

    private static final int BATCH = 2_000;
    private static final int IN_FLIGHT = 2;
    private static final int NAMED_REFUSALS = 3;

    private record Pending(String alias, String id, Map<String, Object> document) {
        String key() {
            return alias + '/' + id;
        }
    }

    private record Sent(Set<String> keys, Future<BulkReport> report) {
    }

    private final ElasticsearchClient client;
    private final BulkWriterSettings settings;
    private final ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT, task -> {
        Thread thread = new Thread(task, "bulk-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Sent> inFlight = new ArrayDeque<>();
    private List<Pending> pending = new ArrayList<>(BATCH);
    private long written;

    public BulkSink(ElasticsearchClient client) {
        BulkWriterSettings defaults = BulkWriterSettings.defaults();
        this.client = client;
        this.settings = new BulkWriterSettings(BATCH, defaults.maxBytes(), defaults.backoff(), defaults.refresh());
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
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
    }

    /** Documents written so far, counting only the batches that have come back. */
    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            senders.shutdown();
        }
    }

    private void handOver() {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> batch = pending;
        pending = new ArrayList<>(BATCH);
        Set<String> keys = new HashSet<>(batch.size() * 2);
        batch.forEach(document -> keys.add(document.key()));
        while (inFlight.size() == IN_FLIGHT || inFlight.stream().anyMatch(sent -> overlap(sent.keys(), keys))) {
            awaitOldest();
        }
        // A writer per batch: a BulkWriter is not thread-safe, and batches are sent side by side.
        inFlight.add(new Sent(keys, senders.submit(() -> {
            var writer = new BulkWriter(client, settings);
            batch.forEach(document -> writer.index(document.alias(), document.id(), document.document()));
            return writer.flush();
        })));
    }

    private void awaitOldest() {
        BulkReport report;
        try {
            report = inFlight.removeFirst().report().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IndexException("a bulk write failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while writing to Elasticsearch", e);
        }
        written += report.succeeded();
        failOnRefusals(report);
    }

    private static boolean overlap(Set<String> sent, Set<String> next) {
        return next.stream().anyMatch(sent::contains);
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
