package org.qianliyan.portal.crawl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.qianliyan.crawler.BatchDocumentSink;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.DocumentSink;

/**
 * Hands each batch to every sink in turn, a batch at a time so each can write it in one
 * request; a document one sink could not store goes no further and is reported.
 */
final class EveryDocumentSink implements BatchDocumentSink {

    private final Supplier<Stream<DocumentSink>> sinks;

    /** @param sinks the sinks in order, asked for on each batch (they may be built on the first) */
    EveryDocumentSink(Supplier<Stream<DocumentSink>> sinks) {
        this.sinks = sinks;
    }


    @Override
    public Map<CrawledDocument, String> acceptAll(List<CrawledDocument> documents) {
        Map<CrawledDocument, String> failures = new IdentityHashMap<>();
        sinks.get().forEachOrdered(sink -> {
            List<CrawledDocument> left = documents.stream().filter(d -> !failures.containsKey(d)).toList();
            if (!left.isEmpty()) {
                failures.putAll(sink.acceptAll(left));
            }
        });
        return failures;
    }
}
