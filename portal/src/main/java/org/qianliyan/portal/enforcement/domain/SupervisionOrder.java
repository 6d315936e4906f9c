package org.qianliyan.portal.enforcement.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A 挂牌督办 listing or a 电子督办单 attached to a case, with its status history in date
 * order. The history must start with {@link SupervisionStatus#ISSUED} and never go back:
 * a closed order that reopens is a new order.
 */
public record SupervisionOrder(SupervisionKind kind, String orderNumber, String issuer, List<CaseStatusChange> history) {

    public SupervisionOrder {
        Objects.requireNonNull(kind, "kind");
        orderNumber = orderNumber == null ? "" : orderNumber.strip();
        issuer = issuer == null ? "" : issuer.strip();
        history = history.stream().sorted(Comparator.comparing(CaseStatusChange::date)
                .thenComparing(CaseStatusChange::status)).toList();
        if (history.isEmpty() || history.get(0).status() != SupervisionStatus.ISSUED) {
            throw new IllegalArgumentException("a supervision order's history starts with its issue date");
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).status().compareTo(history.get(i - 1).status()) < 0) {
                throw new IllegalArgumentException("status cannot go back from " + history.get(i - 1).status()
                        + " to " + history.get(i).status());
            }
        }
    }

    public SupervisionStatus currentStatus() {
        return history.get(history.size() - 1).status();
    }
}
