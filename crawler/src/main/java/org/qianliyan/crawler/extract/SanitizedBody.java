package org.qianliyan.crawler.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text ({@link BlockText}) and the sanitized HTML ({@link SafeMarkup}) of a body element,
 * written in one walk of the page's own element, which is left as it is. It writes what jsoup's
 * {@code Cleaner} and {@code Element.html()} (no pretty printing, UTF-8) wrote for the same
 * element, without their copies of it: the {@code Cleaner} needed the element cloned (it makes
 * the links of what it reads absolute), built a clean document and serialised that, and the text
 * was one more walk. Kept, as there: every text node wherever it stands (an unsafe element's
 * children are lifted into its parent), safe elements with their safe attributes in page order.
 * Dropped: unsafe elements, comments, and data nodes (only script and style hold those, and
 * they are unsafe).
 *
 * @param text the plain text, one line per block
 * @param html the sanitized HTML
 */
record SanitizedBody(String text, String html) {

    /**
     * @param body         the body element
     * @param fallbackBase the base for relative links when the element has none (the page URL)
     */
    static SanitizedBody of(Element body, String fallbackBase) {
        Walk walk = new Walk(new LinkResolver(body.baseUri().isEmpty() ? fallbackBase : body.baseUri()));
        NodeTraversor.traverse(walk, body);
        return new SanitizedBody(BlockText.lines(walk.text), walk.html.toString());
    }

    private static final class Walk implements NodeVisitor {

        private final LinkResolver links;
        private final StringBuilder text = new StringBuilder(8 * 1024);
        private final StringBuilder html = new StringBuilder(16 * 1024);
        /** A safe element's start tag is written up to its {@code >}; how it ends depends on whether anything follows. */
        private Element open;

        Walk(LinkResolver links) {
            this.links = links;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                BlockText.appendText(text, t);
                closeStartTag();
                Escaping.text(html, t.getWholeText());
            } else if (node instanceof Element e) {
                BlockText.enter(text, e);
                Set<String> attributes = SafeMarkup.ATTRIBUTES.get(e.normalName());
                if (attributes != null) {
                    closeStartTag();
                    html.append('<').append(e.tagName());
                    writeAttributes(e, attributes);
                    open = e;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                BlockText.leave(text, e);
                if (SafeMarkup.ATTRIBUTES.containsKey(e.normalName())) {
                    if (open == e) {
                        endEmpty(e);
                    } else {
                        html.append("</").append(e.tagName()).append('>');
                    }
                }
            }
        }

        private void closeStartTag() {
            if (open != null) {
                html.append('>');
                open = null;
            }
        }

        /** As jsoup ends an element without children. */
        private void endEmpty(Element e) {
            open = null;
            Tag tag = e.tag();
            boolean xmlMode = !tag.namespace().equals(Parser.NamespaceHtml);
            if (xmlMode && (tag.is(Tag.SeenSelfClose) || tag.isKnownTag() && (tag.isEmpty() || tag.isSelfClosing()))) {
                html.append(" />");
            } else if (!xmlMode && tag.isEmpty()) {
                html.append('>');
            } else {
                html.append("></").append(e.tagName()).append('>');
            }
        }

        private void writeAttributes(Element e, Set<String> allowed) {
            if (allowed.isEmpty() || e.attributesSize() == 0) {
                return;
            }
            Map<String, Set<String>> protocols = SafeMarkup.PROTOCOLS.getOrDefault(e.normalName(), Map.of());
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ENGLISH);
                if (!allowed.contains(key)) {
                    continue;
                }
                String value = a.getValue();
                Set<String> schemes = protocols.get(key);
                if (schemes != null) {
                    String absolute = links.absolute(value);
                    value = absolute.isEmpty() ? value : absolute;
                    if (!hasScheme(value, schemes)) {
                        continue;
                    }
                }
                html.append(' ').append(a.getKey()).append("=\"");
                Escaping.attribute(html, value);
                html.append('"');
            }
        }

        private static boolean hasScheme(String url, Set<String> schemes) {
            String lower = url.toLowerCase(Locale.ENGLISH);
            for (String scheme : schemes) {
                if (lower.startsWith(scheme) && lower.length() > scheme.length() && lower.charAt(scheme.length()) == ':') {
                    return true;
                }
            }
            return false;
        }
    }
}
