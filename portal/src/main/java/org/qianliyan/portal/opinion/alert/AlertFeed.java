package org.qianliyan.portal.opinion.alert;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.qianliyan.portal.atom.AtomEntry;
import org.qianliyan.portal.atom.AtomFeedWriter;

/** Alerts as an Atom 1.0 feed (RFC 4287): one entry per alert, updated at its last action. */
final class AlertFeed {

    private AlertFeed() {
    }

    static String of(String user, List<Alert> alerts, String baseUrl) {
        List<AtomEntry> entries = alerts.stream().map(alert -> entry(alert, baseUrl)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AtomFeedWriter.write(out, new AtomFeedWriter.Feed("urn:qianliyan:alerts:" + user, "千里眼预警 · " + user,
                    baseUrl + "/api/v1/staff/alerts.atom", baseUrl + "/staff/opinion/alerts"), entries);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the alert feed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AtomEntry entry(Alert a, String baseUrl) {
        String summary = "状态 " + a.status().code() + (a.assignee() == null ? "" : "，负责人 " + a.assignee())
                + (a.count() > 0 ? "，数量 " + a.count() + "（基线 " + Math.round(a.expected()) + "）" : "")
                + (a.detail() == null ? "" : "，" + a.detail());
        return new AtomEntry("urn:qianliyan:alert:" + a.id(), WebhookMessages.title(a), baseUrl + a.postsLink(),
                updated(a), a.raisedAt(), a.kind().code(), summary);
    }

    private static Instant updated(Alert a) {
        return a.history().isEmpty() ? a.raisedAt() : a.history().get(a.history().size() - 1).at();
    }
}
