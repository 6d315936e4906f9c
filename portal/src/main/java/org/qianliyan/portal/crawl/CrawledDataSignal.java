package org.qianliyan.portal.crawl;

import java.util.concurrent.atomic.AtomicBoolean;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.portal.imports.DataImported;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The first of the crawl's document sinks: the first page a real crawl brings in this
 * process counts as real data imported ({@link DataImported}), which retires the demo
 * before the posts pipeline stores the page, so no real post joins a demo post's story.
 */
class CrawledDataSignal implements DocumentSink {

    private final ApplicationEventPublisher events;
    private final AtomicBoolean signalled = new AtomicBoolean();

    CrawledDataSignal(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void accept(CrawledDocument document) {
        if (signalled.compareAndSet(false, true)) {
            events.publishEvent(new DataImported("crawl", false));
        }
    }
}
