package org.qianliyan.portal.atom;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The portal's one way to write an Atom 1.0 feed (RFC 4287): a search's newest matches
 * ({@code /api/v1/search.atom}), a plant's news ({@code /api/v1/facilities/{id}/feed.atom}) and
 * staff alerts ({@code /api/v1/staff/alerts.atom}).
 * Written with the StAX writer, which escapes every text and attribute.
 */
public final class AtomFeedWriter {

    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /**
     * What a feed says about itself.
     *
     * @param id      a URI that stays the same on every fetch
     * @param selfUrl the feed's own URL
     * @param pageUrl the portal page the feed follows
     */
    public record Feed(String id, String title, String selfUrl, String pageUrl) {

        /** A feed whose id is its own URL. */
        public static Feed at(String selfUrl, String title, String pageUrl) {
            return new Feed(selfUrl, title, selfUrl, pageUrl);
        }
    }

    /** Writes {@code feed} with {@code entries} in the order to show, newest first. */
    public static void write(OutputStream out, Feed feed, List<AtomEntry> entries) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", feed.title());
        element(xml, "id", feed.id());
        link(xml, "self", feed.selfUrl());
        link(xml, "alternate", feed.pageUrl());
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
            if (entry.published() != null) {
                element(xml, "published", entry.published().toString());
            }
            if (entry.category() != null) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", xmlSafe(entry.category()));
            }
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
