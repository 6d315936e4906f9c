package org.qianliyan.crawler;

import java.util.List;
import java.util.Map;

/**
 * A {@link DocumentSink} that stores whole batches (one request per batch); a single document
 * is a batch of one, failing with the reason the batch gave it.
 */
public interface BatchDocumentSink extends DocumentSink {

    @Override
    default void accept(CrawledDocument document) {
        String reason = acceptAll(List.of(document)).get(document);
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
    }

    @Override
    Map<CrawledDocument, String> acceptAll(List<CrawledDocument> documents);
}
