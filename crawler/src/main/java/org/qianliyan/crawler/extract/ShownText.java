package org.qianliyan.crawler.extract;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A text node's text as jsoup shows it ({@link TextNode#text()}: white space runs become one
 * space, invisible characters are dropped), measured or appended without building that string
 * and the stripped and replaced copies made of it: the body search and the plain text ask it of
 * every text node of every page, where those strings were a tenth of the extraction's time. It
 * follows jsoup's rules with jsoup's own predicates; a CDATA section, which jsoup shows as it is,
 * takes the way through the strings.
 */
final class ShownText {

    private ShownText() {
    }

    /** @return {@code node.text().strip().length()} */
    static int strippedLength(TextNode node) {
        if (node instanceof CDataNode) {
            return node.text().strip().length();
        }
        String raw = node.getWholeText();
        int length = 0;
        int firstShown = -1;
        int afterLastShown = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < raw.length(); ) {
            if (plain(raw.charAt(i))) {
                int run = i;
                i = endOfPlainRun(raw, i);
                firstShown = firstShown < 0 ? length : firstShown;
                length += i - run;
                afterLastShown = length;
                lastWasSpace = false;
                continue;
            }
            int c = raw.codePointAt(i);
            int width = Character.charCount(c);
            i += width;
            if (StringUtil.isActuallyWhitespace(c)) {
                if (!lastWasSpace) {
                    length++;
                    lastWasSpace = true;
                }
            } else if (!StringUtil.isInvisibleChar(c)) {
                if (!Character.isWhitespace(c)) {
                    // strip() also removes white space that normalising kept (U+3000, U+2003, …) at either end
                    firstShown = firstShown < 0 ? length : firstShown;
                    afterLastShown = length + width;
                }
                length += width;
                lastWasSpace = false;
            }
        }
        return firstShown < 0 ? 0 : afterLastShown - firstShown;
    }

    /**
     * How many of the node's characters an element around it shows in {@code text()} whatever stands beside them:
     * none of the white space, invisible and control characters that normalising and the final {@code trim()}
     * drop at either end of a text. So an element shows exactly the text of one of its descendants, apart from
     * white space, when their counts are equal, without building either text.
     *
     * @param raw whether jsoup appends the node as it is ({@code CDATA}, or inside {@code pre}): then only
     *            {@code trim()} drops characters
     */
    private static int countShown(TextNode node, boolean raw) {
        String text = node.getWholeText();
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && (raw || c != '\u00a0' && c != '\u00ad' && c != '\u200b')) {
                count++;
            }
        }
        return count;
    }

    /**
     * Each element's count of shown characters ({@link #countShown}) in one walk: two elements, one inside
     * the other, have the same text exactly when their counts are equal, which the body search's trimming
     * asks of every ancestor of every element with text.
     */
    static Map<Element, Integer> countsShown(Element root) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() != null) {
                    boolean raw = t instanceof CDataNode || preservesWhiteSpace(t.parent());
                    counts.merge(t.parent(), countShown(t, raw), Integer::sum);
                } else if (node instanceof Element e) {
                    int own = counts.computeIfAbsent(e, x -> 0);
                    if (e != root && e.parent() != null) {
                        counts.merge(e.parent(), own, Integer::sum);
                    }
                }
            }
        }, root);
        return counts;
    }

    /** jsoup's rule for text shown as it is: a {@code pre} (or alike) among the six nearest elements. */
    private static boolean preservesWhiteSpace(Element parent) {
        Element e = parent;
        for (int i = 0; i < 6 && e != null; i++, e = e.parent()) {
            if (e.tag().preserveWhitespace()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends the node's text with no-break and ideographic spaces as spaces, stripped, and one space after
     * it when the text ended in one; nothing when it is blank. That is, with
     * {@code t = node.text().replace('\u00a0', ' ').replace('\u3000', ' ')}:
     * {@code if (!t.isBlank()) out.append(t.strip()).append(t.endsWith(" ") ? " " : "")}
     * (normalising already made every no-break space outside CDATA a space).
     */
    static void appendStripped(StringBuilder out, TextNode node) {
        if (node instanceof CDataNode) {
            String t = node.text().replace('\u00a0', ' ').replace('\u3000', ' ');
            if (!t.isBlank()) {
                out.append(t.strip()).append(t.endsWith(" ") ? " " : "");
            }
            return;
        }
        String raw = node.getWholeText();
        int start = out.length();
        int afterLastShown = -1;
        boolean lastWasSpace = false;
        for (int i = 0; i < raw.length(); ) {
            if (plain(raw.charAt(i))) {
                int run = i;
                i = endOfPlainRun(raw, i);
                out.append(raw, run, i);
                afterLastShown = out.length();
                lastWasSpace = false;
                continue;
            }
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            int shown;
            if (StringUtil.isActuallyWhitespace(c)) {
                if (lastWasSpace) {
                    continue;
                }
                shown = ' ';
                lastWasSpace = true;
            } else if (StringUtil.isInvisibleChar(c)) {
                continue;
            } else {
                // U+3000 becomes a space after normalising, so it is not merged with the spaces around it
                shown = c == '\u3000' ? ' ' : c;
                lastWasSpace = false;
            }
            if (!Character.isWhitespace(shown)) {
                out.appendCodePoint(shown);
                afterLastShown = out.length();
            } else if (afterLastShown >= 0) {
                out.appendCodePoint(shown);
            }
        }
        if (afterLastShown < 0) {
            out.setLength(start);
            return;
        }
        boolean endedInSpace = out.length() > afterLastShown && out.charAt(out.length() - 1) == ' ';
        out.setLength(afterLastShown);
        if (endedInSpace) {
            out.append(' ');
        }
    }

    /**
     * A character shown as it is, neither space nor invisible nor half of a pair (almost all of a page's text): runs
     * of them are counted or appended at once instead of one code point at a time. Unicode white space lies
     * between U+1680 and U+3000 above ASCII, so Chinese text and Latin letters skip the table lookup.
     */
    private static boolean plain(char c) {
        if (c > ' ' && c < '\u007f') {
            return true;
        }
        return c > ' ' && c != '\u00a0' && c != '\u00ad' && c != '\u200b' && c != '\u3000' && !Character.isSurrogate(c)
                && (c < '\u1680' || c > '\u3000' || !Character.isWhitespace(c));
    }

    /** @return the index after the run of {@link #plain} characters that starts at {@code i} */
    private static int endOfPlainRun(String raw, int i) {
        do {
            i++;
        } while (i < raw.length() && plain(raw.charAt(i)));
        return i;
    }
}
