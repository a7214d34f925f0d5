package io.newsgraph.ingest.feeds;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX with external entities and DTDs off: feeds come from anywhere, so no XXE. */
final class XmlRoot {
    private XmlRoot() {}

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The local name of the document element ("rss", "feed", "opml", "urlset" …). */
    static String name(byte[] xml) throws FeedException {
        try {
            XMLStreamReader r = reader(xml);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) return r.getLocalName();
                }
                throw new FeedException("no XML element", null);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    static FeedException malformed(XMLStreamException e) {
        var at = e.getLocation();
        String where = at == null ? "" : " at " + at.getLineNumber() + ":" + at.getColumnNumber();
        String message = e.getMessage() == null ? "" : e.getMessage().lines().reduce((a, b) -> b).orElse("").strip();
        return new FeedException("malformed XML" + where + ": " + message.replaceFirst("^Message: ", ""), e);
    }
}
