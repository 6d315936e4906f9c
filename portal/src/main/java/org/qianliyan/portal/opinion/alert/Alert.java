package org.qianliyan.portal.opinion.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One alert as stored.
 *
 * @param id           deterministic: the kind, the subject and the window, so a re-run finds it again
 * @param kind         what tripped it
 * @param subjectType  {@code topic}, {@code facility}, {@code province} or {@code source}
 * @param subject      the topic code, facility id, province name or source id
 * @param subjectLabel the subject in words (a facility's name)
 * @param windowStart  start of the bucket that tripped it
 * @param windowEnd    end of that bucket
 * @param raisedAt     when it was raised
 * @param count        the count in the bucket
 * @param expected     the baseline
 * @param score        the robust z-score (0 for source alerts)
 * @param detail       a reason in words (an anti-bot answer, the last fetch error), or null
 * @param status       where its handling stands
 * @param assignee     the staff member it is assigned to, or null
 * @param history      every action on it, oldest first
 * @param deliveries   the outcome per webhook target
 */
public record Alert(String id, AlertKind kind, String subjectType, String subject, String subjectLabel, Instant windowStart,
        Instant windowEnd, Instant raisedAt, long count, double expected, double score, String detail, AlertStatus status,
        String assignee, List<AlertEvent> history, List<Delivery> deliveries) {

    /**
     * One action on an alert.
     *
     * @param at     when
     * @param user   who (the detector is {@code system})
     * @param action {@code raised}, {@code acknowledge}, {@code assign} or {@code resolve}
     * @param note   the note, or empty
     */
    public record AlertEvent(Instant at, String user, String action, String note) {
    }

    /**
     * The outcome of sending the alert to one webhook target.
     *
     * @param target   the target's name
     * @param ok       whether it was delivered
     * @param attempts tries made
     * @param at       when the last try ended
     * @param error    the last failure, or null
     */
    public record Delivery(String target, boolean ok, int attempts, Instant at, String error) {
    }

    /** @return this alert with the outcome for one webhook target replacing any earlier one */
    public Alert withDelivery(Delivery delivery) {
        List<Delivery> next = new ArrayList<>(deliveries.stream().filter(d -> !d.target().equals(delivery.target())).toList());
        next.add(delivery);
        return new Alert(id, kind, subjectType, subject, subjectLabel, windowStart, windowEnd, raisedAt, count, expected, score,
                detail, status, assignee, history, List.copyOf(next));
    }

    /** @return this alert in a new status with a new assignee, the action added to its history */
    public Alert handled(AlertStatus newStatus, String newAssignee, AlertEvent event) {
        List<AlertEvent> next = new ArrayList<>(history);
        next.add(event);
        return new Alert(id, kind, subjectType, subject, subjectLabel, windowStart, windowEnd, raisedAt, count, expected, score,
                detail, newStatus, newAssignee, List.copyOf(next), deliveries);
    }

    /**
     * @return the staff post list behind the alert: {@code /staff/opinion/posts?...} with the subject
     *         and the window as filters, or the sources page for a source alert
     */
    public String postsLink() {
        if ("source".equals(subjectType)) {
            return "/staff/sources";
        }
        StringBuilder link = new StringBuilder("/staff/opinion/posts?").append(subjectType).append('=')
                .append(URLEncoder.encode(subject, StandardCharsets.UTF_8));
        if (kind == AlertKind.FACILITY_NEGATIVE_SURGE) {
            link.append("&sentiment=NEGATIVE");
        }
        return link.append("&from=").append(windowStart).append("&to=").append(windowEnd).toString();
    }
}
