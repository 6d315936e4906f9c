package org.qianliyan.index.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.elasticsearch.client.ResponseException;
import org.qianliyan.index.IndexException;

/**
 * Sends one batch, retrying the whole request on 429/5xx or a lost connection, and the
 * documents that came back 429/5xx on their own; the rest of the failures are final.
 */
final class BatchDelivery {

    /** What became of a batch. */
    record Outcome(long succeeded, List<BulkFailure> failures, long retries) {
    }

    private final NdjsonBulkRequest request;
    private final BulkWriterSettings settings;

    BatchDelivery(ElasticsearchClient client, BulkWriterSettings settings) {
        this.request = new NdjsonBulkRequest(client, settings.refresh());
        this.settings = settings;
    }

    Outcome deliver(List<PendingDocument> batch) {
        Backoff backoff = settings.backoff();
        List<PendingDocument> todo = batch;
        List<BulkFailure> failures = new ArrayList<>();
        long succeeded = 0;
        for (int attempt = 1; ; attempt++) {
            List<NdjsonBulkRequest.Item> items = send(todo, attempt);
            if (items == null) {
                pause(backoff.delayAfter(attempt));
                continue;
            }
            List<PendingDocument> again = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                NdjsonBulkRequest.Item item = items.get(i);
                PendingDocument document = todo.get(i);
                if (item.error() == null) {
                    succeeded++;
                } else if (backoff.retries(item.status()) && backoff.allowsAnotherAfter(attempt)) {
                    again.add(document);
                } else {
                    String prefix = backoff.retries(item.status()) ? "gave up after " + attempt + " attempts: " : "";
                    failures.add(new BulkFailure(document.index(), document.id(), item.status(), prefix + item.error()));
                }
            }
            if (again.isEmpty()) {
                return new Outcome(succeeded, failures, attempt - 1L);
            }
            pause(backoff.delayAfter(attempt));
            todo = again;
        }
    }

    /** One item per document, or null when the whole request failed in a way worth another try. */
    private List<NdjsonBulkRequest.Item> send(List<PendingDocument> todo, int attempt) {
        try {
            return request.send(todo);
        } catch (ResponseException e) {
            return retryOrThrow(e.getResponse().getStatusLine().getStatusCode(), e.getMessage(), e, todo, attempt);
        } catch (IOException e) {
            return retryOrThrow(503, "connection failed: " + e.getMessage(), e, todo, attempt);
        }
    }

    private List<NdjsonBulkRequest.Item> retryOrThrow(int status, String message, Exception cause,
                                                      List<PendingDocument> todo, int attempt) {
        Backoff backoff = settings.backoff();
        if (backoff.retries(status) && backoff.allowsAnotherAfter(attempt)) {
            return null;
        }
        throw new IndexException("a bulk request of " + todo.size() + " documents (first " + todo.get(0).index() + "/"
                + todo.get(0).id() + ") failed with status " + status + " after " + attempt + " attempts: " + message
                + "; none of them is known to be written, so write them again once Elasticsearch is healthy", cause);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while waiting to retry a bulk request");
        }
    }
}
