package org.qianliyan.portal.opinion.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.qianliyan.portal.opinion.alert.Alert.AlertEvent;

/**
 * What staff do with an alert: acknowledge it, assign it to someone, resolve it; each action
 * is added to the alert's history with who, when and the note.
 */
public class AlertHandling {

    /** The actions, as they appear in the API path and the history. */
    public enum Action {
        ACKNOWLEDGE, ASSIGN, RESOLVE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException for an unknown action */
        public static Action ofCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    private final AlertStore store;
    private final Clock clock;

    public AlertHandling(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param user     who acts
     * @param assignee for {@code ASSIGN}: the user name to assign to (required)
     * @return the changed alert
     * @throws IllegalArgumentException when there is no such alert or an assignment names nobody
     */
    public Alert act(String id, Action action, String user, String assignee, String note) {
        if (action == Action.ASSIGN && (assignee == null || assignee.isBlank())) {
            throw new IllegalArgumentException("assign needs the user name to assign to");
        }
        String cleanNote = note == null ? "" : note.strip();
        return store.change(id, a -> {
            AlertEvent event = new AlertEvent(clock.instant(), user, action.code(),
                    action == Action.ASSIGN ? (assignee.strip() + (cleanNote.isEmpty() ? "" : ": " + cleanNote)) : cleanNote);
            return switch (action) {
                case ACKNOWLEDGE -> a.handled(a.status() == AlertStatus.RESOLVED ? a.status() : AlertStatus.ACKNOWLEDGED,
                        a.assignee(), event);
                case ASSIGN -> a.handled(a.status() == AlertStatus.OPEN ? AlertStatus.ACKNOWLEDGED : a.status(),
                        assignee.strip(), event);
                case RESOLVE -> a.handled(AlertStatus.RESOLVED, a.assignee(), event);
            };
        }).orElseThrow(() -> new IllegalArgumentException("no alert " + id));
    }

    public List<Alert> list(AlertStatus status, AlertKind kind, Instant from, Instant to) {
        return store.list(status, kind, from, to);
    }

    /** The caller's feed: alerts assigned to {@code user}, and (unless {@code mine}) open ones assigned to nobody. */
    public List<Alert> feedFor(String user, boolean mine) {
        return store.list(null, null, null, null).stream()
                .filter(a -> user.equals(a.assignee()) || (!mine && a.assignee() == null && a.status() == AlertStatus.OPEN))
                .toList();
    }
}
