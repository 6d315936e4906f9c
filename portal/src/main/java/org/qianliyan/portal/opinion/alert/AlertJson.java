package org.qianliyan.portal.opinion.alert;

import java.util.LinkedHashMap;
import java.util.Map;

/** An alert as the JSON the API and the generic webhook send: its stored fields, its id and the link to its posts. */
final class AlertJson {

    private AlertJson() {
    }

    static Map<String, Object> of(Alert a, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.putAll(AlertDocuments.of(a));
        m.put("posts", baseUrl + a.postsLink());
        return m;
    }
}
