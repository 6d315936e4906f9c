package org.qianliyan.crawler.extract;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.TextNode;

/**
 * The length of a text node's text as jsoup shows it, {@code node.text().strip().length()}, counted
 * without building that string: the body search asks it of every text node of every page, where
 * building the strings was a tenth of the extraction's time. It follows jsoup's own rules (white
 * space runs become one space, invisible characters are dropped), with jsoup's own predicates.
 */
final class VisibleLength {

    private VisibleLength() {
    }

    /** @return {@code node.text().strip().length()} */
    static int of(TextNode node) {
        String raw = node.getWholeText();
        int length = 0;
        int firstShown = -1;
        int afterLastShown = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < raw.length(); ) {
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
}
