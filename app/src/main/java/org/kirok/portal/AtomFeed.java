package org.kirok.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The news board as an Atom 1.0 feed (RFC 4287): a feed per language, each entry with a stable urn:uuid id, its
 * title, publication and update times, a link to the post, its category, the summary and the sanitized HTML body.
 * Written with a streaming XML writer, so every character is escaped as XML requires. Stateless.
 */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(String baseUrl, PublicSite site, List<Post> posts) {
        String language = site.lang();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            element(xml, "id", "tag:kirok," + host(baseUrl) + ":portal:" + language);
            element(xml, "title", site.siteName() + " — " + site.t("portal.news"));
            element(xml, "updated", time(posts.stream().map(Post::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
            link(xml, "self", baseUrl + "/public/feed.atom?lang=" + language, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/public/news?lang=" + language, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", site.siteName());
            xml.writeEndElement();
            element(xml, "generator", "Kirok");
            for (Post post : posts) {
                PostText text = post.preferred(language);
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + post.id());
                element(xml, "title", text.title());
                element(xml, "published", time(post.publishAt().orElse(post.updatedAt())));
                element(xml, "updated", time(post.updatedAt().isAfter(post.publishAt().orElse(Instant.EPOCH))
                        ? post.updatedAt() : post.publishAt().orElse(post.updatedAt())));
                link(xml, "alternate", baseUrl + "/public/news/" + post.id() + "?lang=" + language, "text/html");
                for (PostAttachment file : post.attachmentsFor(language)) {
                    xml.writeEmptyElement("link");
                    xml.writeAttribute("rel", "enclosure");
                    xml.writeAttribute("href", baseUrl + "/public/news/" + post.id() + "/files/" + file.id());
                    xml.writeAttribute("type", file.mediaType());
                    xml.writeAttribute("length", Long.toString(file.size()));
                    xml.writeAttribute("title", file.fileName());
                }
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", post.category().code());
                xml.writeAttribute("label", site.t(post.category().messageKey()));
                if (text.summary().isPresent()) {
                    element(xml, "summary", text.summary().get());
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(text.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String host(String baseUrl) {
        return java.net.URI.create(baseUrl).getHost();
    }
}
