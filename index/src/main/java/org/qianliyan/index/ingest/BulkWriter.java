package org.qianliyan.index.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.qianliyan.index.IndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes documents in bounded bulk requests. {@link #index} only queues until a batch is
 * full (by count or bytes, see {@link BulkWriterSettings}); then it sends the batch and
 * waits, so a fast producer is held back by Elasticsearch's pace and memory stays bounded.
 * Overload (429) and server errors (5xx) are retried with back-off, for the whole request
 * or for the documents that got them; every other refused document is reported, never
 * thrown, so one bad record does not stop an import.
 *
 * <pre>{@code
 * try (BulkWriter writer = new BulkWriter(client, BulkWriterSettings.defaults())) {
 *     for (Facility f : facilities) {
 *         writer.index(names.alias("facilities"), f.id(), f);
 *     }
 *     BulkReport report = writer.flush();
 *     report.failures().forEach(failure -> log.warn("{} refused: {}", failure.id(), failure.reason()));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one writer per producer thread. When a whole request still fails
 * after every retry (the cluster is gone), {@link #index} or {@link #flush} throws an
 * {@link org.qianliyan.index.IndexException} naming the batch, whose documents are then
 * not known to be written.
 */
public final class BulkWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    private final ElasticsearchClient client;
    private final BulkWriterSettings settings;
    private final BatchDelivery delivery;
    private final List<PendingDocument> batch = new ArrayList<>();
    private final List<BulkFailure> failures = new ArrayList<>();
    private long batchBytes;
    private long succeeded;
    private long retries;

    public BulkWriter(ElasticsearchClient client, BulkWriterSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.delivery = new BatchDelivery(client, settings);
    }

    /** Queues {@code document} (serialized with the client's JSON mapper) under {@code id}, replacing any earlier one. */
    public void index(String index, String id, Object document) {
        add(new PendingDocument(index, id, serialize(document)));
    }

    /** Queues a document that is already JSON. */
    public void indexJson(String index, String id, byte[] json) {
        add(new PendingDocument(index, id, BinaryData.of(json, ContentType.APPLICATION_JSON)));
    }

    private BinaryData serialize(Object document) {
        if (client._jsonpMapper() instanceof JacksonJsonpMapper jackson) {
            // Straight to bytes: the generic path wraps Jackson in a JSON-P generator per document.
            try {
                return BinaryData.of(jackson.objectMapper().writeValueAsBytes(document), ContentType.APPLICATION_JSON);
            } catch (JsonProcessingException e) {
                throw new IndexException("cannot write a " + document.getClass().getSimpleName() + " as JSON: "
                        + e.getOriginalMessage(), e);
            }
        }
        return BinaryData.of(document, client._jsonpMapper());
    }

    private void add(PendingDocument document) {
        Objects.requireNonNull(document.index(), "index");
        Objects.requireNonNull(document.id(), "id");
        if (!batch.isEmpty() && batchBytes + document.bytes() > settings.maxBytes()) {
            send();
        }
        batch.add(document);
        batchBytes += document.bytes();
        if (batch.size() >= settings.maxActions() || batchBytes >= settings.maxBytes()) {
            send();
        }
    }

    /** Sends what is queued and returns the report of everything this writer has sent. */
    public BulkReport flush() {
        send();
        return report();
    }

    /** The report so far, without sending. */
    public BulkReport report() {
        return new BulkReport(succeeded, failures, retries);
    }

    /** Sends what is queued. */
    @Override
    public void close() {
        send();
    }

    private void send() {
        if (batch.isEmpty()) {
            return;
        }
        List<PendingDocument> sending = List.copyOf(batch);
        batch.clear();
        batchBytes = 0;
        BatchDelivery.Outcome outcome = delivery.deliver(sending);
        succeeded += outcome.succeeded();
        failures.addAll(outcome.failures());
        retries += outcome.retries();
        if (!outcome.failures().isEmpty() || outcome.retries() > 0) {
            log.info("Bulk batch of {}: {} written, {} refused, {} retries", sending.size(), outcome.succeeded(),
                    outcome.failures().size(), outcome.retries());
        } else {
            log.debug("Bulk batch of {} written", sending.size());
        }
    }
}
