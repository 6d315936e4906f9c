package org.qianliyan.portal.search.export;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The portal's one way to write an Atom 1.0 feed (RFC 4287): a search's newest matches
 * ({@code /api/v1/search.atom}) and a plant's news ({@code /api/v1/facilities/{id}/feed.atom}).
 * Written with the StAX writer, which escapes every text and attribute.
 */
public final class AtomFeedWriter {

    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /**
     * @param selfUrl the feed's own URL (also its id)
     * @param pageUrl the portal page the feed follows
     * @param entries in the order to show, newest first
     */
    public static void write(OutputStream out, String title, String selfUrl, String pageUrl, List<AtomEntry> entries)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", title);
        element(xml, "id", selfUrl);
        link(xml, "self", selfUrl);
        link(xml, "alternate", pageUrl);
        element(xml, "updated", entries.stream().map(AtomEntry::updated).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH).toString());
        xml.writeStartElement("author");
        element(xml, "name", "千里眼 Qianliyan");
        xml.writeEndElement();
        for (AtomEntry entry : entries) {
            xml.writeStartElement("entry");
            element(xml, "title", entry.title());
            element(xml, "id", entry.id());
            link(xml, "alternate", entry.link());
            element(xml, "updated", entry.updated().toString());
            element(xml, "summary", entry.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** Drops the control characters XML 1.0 cannot carry at all (crawled text may hold them). */
    static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
