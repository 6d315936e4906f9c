package org.qianliyan.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible lines (one per block element or {@code <br>}) that follow an element in
 * document order, up to a number of characters: where a byline sits after a headline. Text
 * nodes are joined with a space, as inline boxes of a byline ({@code 来源：X}{@code 记者 Y}) are shown apart.
 */
final class LinesAfter {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LinesAfter() {
    }

    /**
     * @param root     the element to read in (the page body)
     * @param anchor   the element after whose end reading starts; null starts at the beginning of {@code root}
     * @param maxChars stop once this many characters were read
     * @return the lines, stripped, without empty ones
     */
    static List<String> of(Element root, Element anchor, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] read = {0};
        boolean[] started = {anchor == null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!started[0]) {
                    if (node != anchor) {
                        return FilterResult.CONTINUE;
                    }
                    started[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    String t = text.text();
                    line.append(t).append(' ');
                    read[0] += t.length();
                } else if (node instanceof Element e && BlockText.BLOCKS.contains(e.normalName())) {
                    flush(line, lines);
                }
                return read[0] > maxChars ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (started[0] && node instanceof Element e && BlockText.BLOCKS.contains(e.normalName())) {
                    flush(line, lines);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, lines);
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String t = line.toString().replace('\u00a0', ' ').replace('\u3000', ' ').strip();
        t = SPACES.matcher(t).replaceAll(" ");
        if (!t.isEmpty()) {
            lines.add(t);
        }
        line.setLength(0);
    }
}
