package org.qianliyan.portal.search;

import java.util.List;

/**
 * Highlighted snippets made safe for a page. Elasticsearch marks matches with two private-use
 * characters rather than tags; everything is HTML-escaped and only then are our markers turned
 * into {@code <mark>}, so crawled text can never inject markup.
 */
public final class Highlights {

    static final String START = "\uE000";
    static final String END = "\uE001";
    private static final String JOIN = " … ";

    private Highlights() {
    }

    /** Fragments as escaped HTML whose only tags are balanced {@code <mark>}…{@code </mark>}. */
    static String toHtml(List<String> fragments) {
        StringBuilder html = new StringBuilder();
        for (String fragment : fragments) {
            html.append(html.isEmpty() ? "" : JOIN);
            boolean open = false;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                switch (c) {
                    case '\uE000' -> {
                        if (!open) {
                            html.append("<mark>");
                            open = true;
                        }
                    }
                    case '\uE001' -> {
                        if (open) {
                            html.append("</mark>");
                            open = false;
                        }
                    }
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '&' -> html.append("&amp;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
            if (open) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    /** Fragments as plain text, markers removed (for exports and feeds). */
    static String toText(List<String> fragments) {
        return String.join(JOIN, fragments).replace(START, "").replace(END, "");
    }
}
