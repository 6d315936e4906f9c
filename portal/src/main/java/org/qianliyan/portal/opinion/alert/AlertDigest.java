package org.qianliyan.portal.opinion.alert;

import java.time.Instant;
import java.util.List;

/**
 * The alerts raised in a period and how each was handled, as the opinion briefing shows
 * them. The alerting feature implements it; the briefing reads only this.
 */
public interface AlertDigest {

    /** Alerts raised at or after {@code from} and before {@code to}, newest first. */
    List<AlertLine> raisedBetween(Instant from, Instant to);

    /**
     * One alert as a line of the briefing.
     *
     * @param kind     what tripped it, e.g. {@code topic-spike}, {@code facility-negative-surge}, {@code source-blocked}
     * @param subject  what it is about, in words a reader understands (a topic, a plant, a source)
     * @param status   {@code open}, {@code acknowledged} or {@code resolved}
     * @param assignee the staff member it is assigned to, or null
     */
    record AlertLine(String id, String kind, String subject, Instant raisedAt, String status, String assignee) {
    }
}
