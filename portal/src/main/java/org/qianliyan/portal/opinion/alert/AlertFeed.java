package org.qianliyan.portal.opinion.alert;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Alerts as an Atom 1.0 feed (RFC 4287): one entry per alert, updated at its last action. */
final class AlertFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AlertFeed() {
    }

    static String of(String user, List<Alert> alerts, String baseUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", "千里眼预警 · " + user);
            element(xml, "id", "urn:qianliyan:alerts:" + user);
            element(xml, "updated", alerts.stream().map(AlertFeed::updated).max(Instant::compareTo).orElse(Instant.EPOCH).toString());
            link(xml, baseUrl + "/staff/opinion/alerts");
            for (Alert a : alerts) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:qianliyan:alert:" + a.id());
                element(xml, "title", WebhookMessages.title(a));
                element(xml, "updated", updated(a).toString());
                element(xml, "published", a.raisedAt().toString());
                link(xml, baseUrl + a.postsLink());
                element(xml, "category", a.kind().code());
                element(xml, "summary", "状态 " + a.status().code() + (a.assignee() == null ? "" : "，负责人 " + a.assignee())
                        + (a.count() > 0 ? "，数量 " + a.count() + "（基线 " + Math.round(a.expected()) + "）" : "")
                        + (a.detail() == null ? "" : "，" + a.detail()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the alert feed", e);
        }
        return out.toString();
    }

    private static Instant updated(Alert a) {
        return a.history().isEmpty() ? a.raisedAt() : a.history().get(a.history().size() - 1).at();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
    }
}
