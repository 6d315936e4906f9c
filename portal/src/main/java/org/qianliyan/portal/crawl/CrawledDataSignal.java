package org.qianliyan.portal.crawl;

import java.util.concurrent.atomic.AtomicBoolean;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.portal.imports.DataImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last of the crawl's document sinks: the first page a real crawl stores in this
 * process counts as real data imported ({@link DataImported}), which retires the demo.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
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
