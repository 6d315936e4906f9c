package org.qianliyan.portal.opinion.alert;

import java.time.Instant;
import java.util.List;

/** The briefing's view of the alerts, read from the {@code alerts} index. */
class StoredAlertDigest implements AlertDigest {

    private final AlertStore store;

    StoredAlertDigest(AlertStore store) {
        this.store = store;
    }

    @Override
    public List<AlertLine> raisedBetween(Instant from, Instant to) {
        return store.list(null, null, from, to).stream()
                .map(a -> new AlertLine(a.id(), a.kind().code(), AlertTexts.kind(a.kind()) + "：" + a.subjectLabel(),
                        a.raisedAt(), a.status().code(), a.assignee()))
                .toList();
    }
}
