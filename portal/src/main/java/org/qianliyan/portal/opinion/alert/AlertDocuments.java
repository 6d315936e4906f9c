package org.qianliyan.portal.opinion.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.opinion.alert.Alert.AlertEvent;
import org.qianliyan.portal.opinion.alert.Alert.Delivery;

/** An {@link Alert} as an {@code alerts} document and back. */
final class AlertDocuments {

    private AlertDocuments() {
    }

    static Map<String, Object> of(Alert a) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("kind", a.kind().code());
        doc.put("subject_type", a.subjectType());
        doc.put("subject", a.subject());
        doc.put("subject_label", a.subjectLabel());
        doc.put("window_start", text(a.windowStart()));
        doc.put("window_end", text(a.windowEnd()));
        doc.put("raised_at", text(a.raisedAt()));
        doc.put("count", a.count());
        doc.put("expected", a.expected());
        doc.put("score", a.score());
        doc.put("detail", a.detail());
        doc.put("status", a.status().code());
        doc.put("assignee", a.assignee());
        doc.put("history", a.history().stream().map(e -> {
            Map<String, Object> m = new HashMap<>();
            m.put("at", e.at().toString());
            m.put("user", e.user());
            m.put("action", e.action());
            m.put("note", e.note());
            return m;
        }).toList());
        doc.put("deliveries", a.deliveries().stream().map(d -> {
            Map<String, Object> m = new HashMap<>();
            m.put("target", d.target());
            m.put("ok", d.ok());
            m.put("attempts", d.attempts());
            m.put("at", text(d.at()));
            m.put("error", d.error());
            return m;
        }).toList());
        return doc;
    }

    static Alert alert(String id, Map<?, ?> doc) {
        List<AlertEvent> history = new ArrayList<>();
        for (Map<?, ?> e : maps(doc.get("history"))) {
            history.add(new AlertEvent(instant(e.get("at")), str(e.get("user")), str(e.get("action")), str(e.get("note"))));
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Map<?, ?> d : maps(doc.get("deliveries"))) {
            deliveries.add(new Delivery(str(d.get("target")), Boolean.TRUE.equals(d.get("ok")), number(d.get("attempts")).intValue(),
                    instant(d.get("at")), str(d.get("error"))));
        }
        return new Alert(id, AlertKind.ofCode(str(doc.get("kind"))), str(doc.get("subject_type")), str(doc.get("subject")),
                str(doc.get("subject_label")), instant(doc.get("window_start")), instant(doc.get("window_end")),
                instant(doc.get("raised_at")), number(doc.get("count")).longValue(), number(doc.get("expected")).doubleValue(),
                number(doc.get("score")).doubleValue(), str(doc.get("detail")), AlertStatus.ofCode(str(doc.get("status"))),
                str(doc.get("assignee")), List.copyOf(history), List.copyOf(deliveries));
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    maps.add(m);
                }
            }
        }
        return maps;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
