package org.qianliyan.crawler.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds an article's headline on a page of any site.
 *
 * <p>{@code <title>} nearly always holds the headline plus the site's name, joined by a
 * separator ({@code _ | - – — --}), while the page shows the headline alone, often in an
 * {@code <h1>} but as often in a styled {@code <div>}. So the headline is the longest element
 * text on the page that is contained in {@code <title>} and long enough to be more than a
 * site name (a heading on ties); this also undoes meta titles that sites cut short. When
 * {@code <title>} names only the site and its section, the text found there is not followed by
 * a date as a headline is, and a heading followed by a date wins. Without such an element:
 * the {@code og:title}/{@code ArticleTitle}/JSON-LD {@code headline}, else the heading nearest
 * above a date, else the longest part of {@code <title>} (the headline is longer than
 * the site name it is joined with).
 */
final class ArticleTitles {

    /** The headline and the element showing it (null when it came from metadata). */
    record Found(String text, Element element) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:_{1,2}|\\||｜|-{1,2}|–|—{1,2}|::)\\s*");
    private static final Pattern JSON_LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"]{4,200})\"");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** The headings, parsed once as a selector: it runs on every page. */
    private static final Evaluator HEADING = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 150;
    private static final double MIN_SHARE_OF_TITLE = 0.6;
    private static final int DATE_LOOKAHEAD = 150;

    private ArticleTitles() {
    }

    static Found find(Document doc) {
        String pageTitle = normalise(doc.title());
        String mainPart = longestPart(pageTitle);
        Element shown = shownInTitle(doc, squeeze(pageTitle), squeeze(mainPart).length());
        if (shown != null && followedByDate(doc, shown)) {
            return new Found(normalise(textOf(shown)), shown);
        }
        Element dated = headingFollowedByDate(doc);
        if (shown != null && (dated == null || dated == shown)) {
            return new Found(normalise(textOf(shown)), shown);
        }
        String meta = normalise(firstNonBlank(GenericArticleExtractor.meta(doc, "og:title", "ArticleTitle", "twitter:title"),
                jsonLdHeadline(doc)));
        if (!meta.isEmpty()) {
            return new Found(meta, null);
        }
        if (dated != null) {
            // A heading that holds the <title>'s headline plus a badge ("原创") is that headline.
            String text = squeeze(dated.text()).contains(squeeze(mainPart)) && mainPart.length() >= MIN_LENGTH ? mainPart
                    : normalise(dated.text());
            return new Found(text, dated);
        }
        if (!mainPart.isEmpty()) {
            return new Found(mainPart, null);
        }
        Element h1 = doc.selectFirst("h1");
        return new Found(h1 == null ? "" : normalise(h1.text()), h1);
    }

    /** The longest element text on the page that {@code <title>} contains, if long enough to be the headline. */
    private static Element shownInTitle(Document doc, String squeezedTitle, int mainPartLength) {
        if (squeezedTitle.isEmpty() || doc.body() == null) {
            return null;
        }
        int minLength = Math.max(MIN_LENGTH, (int) Math.ceil(mainPartLength * MIN_SHARE_OF_TITLE));
        Element best = null;
        int bestLength = 0;
        for (Element e : doc.body().getAllElements()) {
            if (e.normalName().equals("a") || e.normalName().equals("title") || e.normalName().equals("option")) {
                continue;
            }
            boolean heading = HEADINGS.contains(e.normalName());
            if (!heading && !ownTextMayFit(e, Math.max(minLength, bestLength), Math.min(MAX_LENGTH, squeezedTitle.length()))) {
                continue;
            }
            String text = squeeze(textOf(e));
            if (text.length() < minLength || text.length() > MAX_LENGTH || text.length() < bestLength
                    || text.length() == bestLength && (!heading || HEADINGS.contains(best.normalName()))) {
                continue;
            }
            if (squeezedTitle.contains(text)) {
                best = e;
                bestLength = text.length();
            }
        }
        return best;
    }

    /**
     * Whether the element's own text, squeezed, can be {@code min} to {@code max} characters long, judged on its raw
     * text nodes without building the text (the paragraphs of every page are far longer than a title). What squeezing
     * removes never counts; what building the text may drop as well (invisible and control characters, jsoup's
     * normalising and trimming) counts towards the longest it can be only.
     */
    private static boolean ownTextMayFit(Element e, int min, int max) {
        int longest = 0;
        int droppable = 0;
        for (TextNode node : e.textNodes()) {
            String raw = node.getWholeText();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!isSqueezed(c)) {
                    longest++;
                    if (c < ' ' || StringUtil.isInvisibleChar(c)) {
                        droppable++;
                    }
                }
            }
        }
        return longest >= min && longest - droppable <= max;
    }

    /** Headings show their whole text; other elements count only their own text (a container is not a headline). */
    private static String textOf(Element e) {
        return switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> e.text();
            default -> e.ownText();
        };
    }

    private static Element headingFollowedByDate(Document doc) {
        Element best = null;
        int nearest = DATE_LOOKAHEAD;
        for (Element h : doc.select(HEADING)) {
            int length = squeeze(h.text()).length();
            int distance = length >= 6 && length <= MAX_LENGTH ? distanceToDate(doc, h) : DATE_LOOKAHEAD;
            if (distance <= nearest && distance < DATE_LOOKAHEAD) {
                best = h;
                nearest = distance;
            }
        }
        return best;
    }

    private static boolean followedByDate(Document doc, Element e) {
        return distanceToDate(doc, e) < DATE_LOOKAHEAD;
    }

    /** Characters from the end of the element to the first date after it ({@link #DATE_LOOKAHEAD} when none is near). */
    private static int distanceToDate(Document doc, Element e) {
        Matcher m = ChineseDates.DATE.matcher(String.join(" ", LinesAfter.of(doc.body(), e, DATE_LOOKAHEAD)));
        return m.find() ? Math.min(m.start(), DATE_LOOKAHEAD) : DATE_LOOKAHEAD;
    }

    private static String jsonLdHeadline(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_HEADLINE.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The longest of the parts {@code <title>} joins with separators: the headline rather than the site name. */
    static String longestPart(String pageTitle) {
        String best = "";
        for (String part : SEPARATORS.split(pageTitle)) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    static String normalise(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** @return the text without any white space ({@link #SPACE}'s characters), by a loop: it runs on every element */
    static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSqueezed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A character of {@link #SPACE}: {@code \\s} (ASCII white space), no-break and ideographic space. */
    private static boolean isSqueezed(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u3000';
    }
}
