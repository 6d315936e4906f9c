package org.qianliyan.crawler.extract;

import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an element with one line per block (paragraph, row, list item, {@code <br>}). Its steps are
 * open to {@link SanitizedBody}, which writes a body's text in the walk that writes its HTML.
 */
final class BlockText {

    static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "table", "blockquote", "pre", "dd", "dt", "ul", "ol");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text);
                } else if (node instanceof Element e) {
                    enter(out, e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    leave(out, e);
                }
            }
        }, root);
        return lines(out);
    }

    static void appendText(StringBuilder out, TextNode text) {
        ShownText.appendStripped(out, text);
    }

    static void enter(StringBuilder out, Element e) {
        if (BLOCKS.contains(e.normalName())) {
            newline(out);
        }
    }

    static void leave(StringBuilder out, Element e) {
        if (BLOCKS.contains(e.normalName())) {
            newline(out);
        } else if (e.normalName().equals("td")) {
            out.append(' ');
        }
    }

    /** @return the text written, each line stripped, blank lines dropped */
    static String lines(CharSequence written) {
        return written.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
