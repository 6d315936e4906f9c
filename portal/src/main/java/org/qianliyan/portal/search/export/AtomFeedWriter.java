package org.qianliyan.portal.search.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.qianliyan.portal.search.SearchHit;

/**
 * An Atom 1.0 feed (RFC 4287) of the newest matches of a search, so a reader can follow it.
 * Written with the StAX writer, which escapes every text and attribute.
 */
final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /**
     * @param selfUrl  the feed's own URL (also its id)
     * @param pageUrl  the search page the feed follows
     * @param baseUrl  scheme, host and port, for the entries' portal links
     */
    static void write(OutputStream out, String title, String selfUrl, String pageUrl, String baseUrl, List<SearchHit> hits)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", title);
        element(xml, "id", selfUrl);
        link(xml, "self", selfUrl);
        link(xml, "alternate", pageUrl);
        element(xml, "updated", hits.stream().map(AtomFeedWriter::updated).max(String::compareTo)
                .orElse(Instant.EPOCH.toString()));
        xml.writeStartElement("author");
        element(xml, "name", "千里眼 Qianliyan");
        xml.writeEndElement();
        for (SearchHit hit : hits) {
            String link = ExportColumns.absolute(hit.link(), baseUrl);
            xml.writeStartElement("entry");
            element(xml, "title", hit.title().isBlank() ? hit.id() : hit.title());
            element(xml, "id", "urn:qianliyan:" + hit.kind().name().toLowerCase(Locale.ROOT) + ":" + hit.id());
            link(xml, "alternate", link);
            element(xml, "updated", updated(hit));
            element(xml, "summary", hit.snippet());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** Atom wants an RFC 3339 timestamp: dates become midnight UTC; no date is the epoch. */
    static String updated(SearchHit hit) {
        String date = hit.date();
        try {
            if (date.length() == 10) {
                return LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
            }
            return OffsetDateTime.parse(date).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(date).toString();
            } catch (DateTimeParseException notInstant) {
                return Instant.EPOCH.toString();
            }
        }
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
