package org.qianliyan.index.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import org.qianliyan.index.IndexException;

/**
 * Sends one batch, retrying the whole request on 429/5xx or a lost connection, and the
 * documents that came back 429/5xx on their own; the rest of the failures are final.
 */
final class BatchDelivery {

    /** What became of a batch. */
    record Outcome(long succeeded, List<BulkFailure> failures, long retries) {
    }

    private final ElasticsearchClient client;
    private final BulkWriterSettings settings;

    BatchDelivery(ElasticsearchClient client, BulkWriterSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    Outcome deliver(List<PendingDocument> batch) {
        Backoff backoff = settings.backoff();
        List<PendingDocument> todo = batch;
        List<BulkFailure> failures = new ArrayList<>();
        long succeeded = 0;
        for (int attempt = 1; ; attempt++) {
            BulkResponse response = send(todo, attempt);
            if (response == null) {
                pause(backoff.delayAfter(attempt));
                continue;
            }
            List<PendingDocument> again = new ArrayList<>();
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                PendingDocument document = todo.get(i);
                if (item.error() == null) {
                    succeeded++;
                } else if (backoff.retries(item.status()) && backoff.allowsAnotherAfter(attempt)) {
                    again.add(document);
                } else {
                    String prefix = backoff.retries(item.status()) ? "gave up after " + attempt + " attempts: " : "";
                    failures.add(new BulkFailure(document.index(), document.id(), item.status(), prefix + describe(item.error())));
                }
            }
            if (again.isEmpty()) {
                return new Outcome(succeeded, failures, attempt - 1L);
            }
            pause(backoff.delayAfter(attempt));
            todo = again;
        }
    }

    /** The response, or null when the whole request failed in a way worth another try. */
    private BulkResponse send(List<PendingDocument> todo, int attempt) {
        try {
            return client.bulk(bulk -> {
                bulk.operations(todo.stream().map(PendingDocument::operation).toList());
                return settings.refresh() ? bulk.refresh(Refresh.True) : bulk;
            });
        } catch (ElasticsearchException e) {
            return retryOrThrow(e.status(), e.getMessage(), e, todo, attempt);
        } catch (TransportException e) {
            return retryOrThrow(e.statusCode(), e.getMessage(), e, todo, attempt);
        } catch (IOException e) {
            return retryOrThrow(503, "connection failed: " + e.getMessage(), e, todo, attempt);
        }
    }

    private BulkResponse retryOrThrow(int status, String message, Exception cause, List<PendingDocument> todo, int attempt) {
        Backoff backoff = settings.backoff();
        if (backoff.retries(status) && backoff.allowsAnotherAfter(attempt)) {
            return null;
        }
        throw new IndexException("a bulk request of " + todo.size() + " documents (first " + todo.get(0).index() + "/"
                + todo.get(0).id() + ") failed with status " + status + " after " + attempt + " attempts: " + message
                + "; none of them is known to be written, so write them again once Elasticsearch is healthy", cause);
    }

    private static String describe(ErrorCause error) {
        String reason = error.type() + ": " + error.reason();
        return error.causedBy() == null ? reason : reason + " (caused by " + error.causedBy().reason() + ")";
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
