package org.qianliyan.frontend.html;

import java.util.ArrayDeque;
import java.util.Deque;

import com.vaadin.flow.component.Html;

/**
 * Read-only markup that becomes one Vaadin component: {@code root("ul").open("li").attribute("data-id", id)
 * .element("a", title).close()…toComponent()}. Every Vaadin component, and every text inside one, is a state node
 * the session keeps with its feature maps for as long as the page is open (1–2 KB each); a part of a public
 * page that never changes after it is drawn costs one node this way, whatever it contains (issue 15). Tag and
 * attribute names are the caller's constants; attribute values and text are escaped.
 */
public final class StaticHtml {

    private final StringBuilder markup = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    private StaticHtml() {
    }

    /** Starts the markup with its single root element (a Vaadin {@link Html} has exactly one). */
    public static StaticHtml root(String tag) {
        return new StaticHtml().open(tag);
    }

    /** Opens an element inside the current one. */
    public StaticHtml open(String tag) {
        endStartTag();
        markup.append('<').append(tag);
        open.push(tag);
        inStartTag = true;
        return this;
    }

    /** An attribute of the element just opened, before its content. */
    public StaticHtml attribute(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " after the content of <" + open.peek() + ">");
        }
        markup.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /** Text inside the current element. */
    public StaticHtml text(String text) {
        endStartTag();
        markup.append(escape(text));
        return this;
    }

    /** An element holding only text: {@code <tag>text</tag>}. */
    public StaticHtml element(String tag, String text) {
        return open(tag).text(text).close();
    }

    /** Closes the current element. */
    public StaticHtml close() {
        endStartTag();
        markup.append("</").append(open.pop()).append('>');
        return this;
    }

    /** The markup as it stands, every element still open closed. */
    public String markup() {
        StaticHtml closed = copy();
        while (!closed.open.isEmpty()) {
            closed.close();
        }
        return closed.markup.toString();
    }

    public Html toComponent() {
        return new Html(markup());
    }

    private StaticHtml copy() {
        StaticHtml copy = new StaticHtml();
        copy.markup.append(markup);
        copy.open.addAll(open);
        copy.inStartTag = inStartTag;
        return copy;
    }

    private void endStartTag() {
        if (inStartTag) {
            markup.append('>');
            inStartTag = false;
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
