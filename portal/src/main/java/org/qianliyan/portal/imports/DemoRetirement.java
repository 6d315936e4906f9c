package org.qianliyan.portal.imports;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * When real data arrives, every generated document of every kind (demo plants and their
 * days, demo cases, demo posts) is deleted and the demo is switched off for good, so no
 * 示例 record is ever shown beside real ones.
 */
class DemoRetirement {

    private static final Logger log = LoggerFactory.getLogger(DemoRetirement.class);

    private final DemoDataEraser eraser;
    private final DemoSwitch demo;

    DemoRetirement(DemoDataEraser eraser, DemoSwitch demo) {
        this.eraser = eraser;
        this.demo = demo;
    }

    @EventListener
    void realDataImported(DataImported event) throws IOException {
        boolean first = !demo.retired();
        if (first) {
            demo.retire(event.dataset());
        }
        long deleted = eraser.eraseEveryKind();
        if (first || deleted > 0) {
            log.info("Real {} data imported: demo switched off, {} generated documents deleted", event.dataset(), deleted);
        }
    }
}
