package org.qianliyan.portal.opinion.alert;

import java.util.LinkedHashMap;
import java.util.Map;

/** An alert as the JSON the API and the generic webhook send. */
final class AlertJson {

    private AlertJson() {
    }

    static Map<String, Object> of(Alert a, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind().code());
        m.put("subject_type", a.subjectType());
        m.put("subject", a.subject());
        m.put("subject_label", a.subjectLabel());
        m.put("window_start", text(a.windowStart()));
        m.put("window_end", text(a.windowEnd()));
        m.put("raised_at", text(a.raisedAt()));
        m.put("count", a.count());
        m.put("expected", a.expected());
        m.put("score", a.score());
        m.put("detail", a.detail());
        m.put("status", a.status().code());
        m.put("assignee", a.assignee());
        m.put("posts", baseUrl + a.postsLink());
        m.put("history", a.history().stream().map(e -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("at", e.at().toString());
            h.put("user", e.user());
            h.put("action", e.action());
            h.put("note", e.note());
            return h;
        }).toList());
        m.put("deliveries", a.deliveries().stream().map(d -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("target", d.target());
            h.put("ok", d.ok());
            h.put("attempts", d.attempts());
            h.put("at", text(d.at()));
            h.put("error", d.error());
            return h;
        }).toList());
        return m;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
