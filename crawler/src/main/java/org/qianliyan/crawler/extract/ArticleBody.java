package org.qianliyan.crawler.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

/**
 * Finds the article body on a page of any site, the way GNE and trafilatura do: after
 * removing what is never content (scripts, navigation, share bars, comment and related-article
 * boxes named so in their class or id), every paragraph votes for its container with its length
 * and its Chinese punctuation; the container's score is cut by its link density and by its
 * distance from the headline (a sidebar or footer above or far below it loses to the text just
 * below it). The chosen container is then trimmed: a repeated headline, {@code 原标题}, editor
 * and source lines, and everything from a {@code 相关阅读}-style heading on (once most of the
 * article is above it: otherwise it heads a box of links inside the article, which alone goes).
 */
final class ArticleBody {

    /** Elements that are never content; the selector is parsed once, as it runs on every page. */
    private static final Evaluator NOISE = Selector.evaluatorOf("script,style,noscript,iframe,nav,header,footer,aside,select,"
            + "button,input,textarea,label,template,svg,canvas");
    /** Class or id words of page furniture, never the article (matched as whole words of the attribute). */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:footer|copyright|sidebar|breadcrumbs?|crumbs?|toolbar|banner|nav|menu)(?:$|[\\s_-])");
    /** Class or id words of boxes around the article; such names also wrap articles ("share-area"), see below. */
    private static final Pattern BOX_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:share|sharing|bdshare\\w*|comments?|related\\w*|recommend\\w*|social|advert\\w*|ads?|"
                    + "hot-?news)(?:$|[\\s_-])");
    /** Lines that are about the article, not of it. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^[\\[【（(]?\\s*(?:原标题|原题为?|责任编辑|责编|编辑|本文来源|文章来源|来源|稿源|校对|审核|监制|图片来源|声明)"
                    + "\\s*[:：|/丨]|^[\\[【（(]?\\s*(?:责任编辑|责编|编辑)\\s|^(?:分享到|扫一扫|返回\\S{0,8}首页)");
    /** Headings after which a page lists other articles. */
    private static final Pattern TAIL_HEADING = Pattern.compile(
            "^[\\[【]?(?:相关阅读|相关新闻|相关文章|相关推荐|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|为您推荐|延伸推荐|更多阅读)[\\]】:：]?$");
    /** Elements whose text votes for a container. */
    private static final Set<String> VOTERS = Set.of("p", "div", "td", "section", "article", "pre", "span", "font");
    private static final Pattern SPACE_OR_DOT = Pattern.compile("[\\s\\u00a0\\u3000·•]+");
    private static final int SHORT_LINE = 80;
    /**
     * Characters of body text after which a related-articles heading ends the article rather than heads a box of
     * links in it (when, too, less text follows it than precedes it).
     */
    private static final int ARTICLE_BEGUN = 100;
    /** A box named like {@link #BOX_NAME} goes only when it is short or mostly links. */
    private static final int NOISE_TEXT_MAX = 200;
    /** Furniture ({@link #FURNITURE_NAME}) is short or mostly links; longer plain text under such a name is content. */
    private static final int FURNITURE_TEXT_MAX = 1000;
    private static final double LINK_DENSE = 0.5;
    private static final int PARAGRAPH_MIN = 20;
    private static final double BEFORE_HEADLINE = 0.2;
    private static final double DISTANCE_SCALE = 3000;

    private ArticleBody() {
    }

    /**
     * @param doc      the page; noise is removed from it
     * @param headline the element showing the headline, or null
     * @param title    the headline
     * @return the body element, trimmed (the page's body when nothing looks like an article)
     */
    static Element find(Document doc, Element headline, String title) {
        doc.select(NOISE).remove();
        removeNamedNoise(doc.body(), headline);
        Element body = best(doc, headline != null && headline.ownerDocument() == doc ? headline : null);
        trim(body, title);
        return body;
    }

    private static void removeNamedNoise(Element root, Element headline) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        if (headline != null) {
            keep.add(headline);
            keep.addAll(headline.parents());
        }
        List<Element> noise = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || keep.contains(e)) {
                continue;
            }
            if (named(FURNITURE_NAME, e) && !looksLikeContent(e, FURNITURE_TEXT_MAX)
                    || named(BOX_NAME, e) && !looksLikeContent(e, NOISE_TEXT_MAX)) {
                noise.add(e);
            }
        }
        for (Element e : noise) {
            e.remove();
        }
    }

    /** Long and not mostly links: a box so named that wraps the article after all. */
    private static boolean looksLikeContent(Element e, int maxNoiseText) {
        return e.text().length() >= maxNoiseText && linkDensity(e) <= LINK_DENSE;
    }

    private static boolean named(Pattern names, Element e) {
        // Most elements have neither: skip the matchers for them (this runs on every element of every page).
        String className = e.className();
        String id = e.id();
        return !className.isEmpty() && names.matcher(className).find() || !id.isEmpty() && names.matcher(id).find();
    }

    private static Element best(Document doc, Element headline) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        Map<Element, Integer> textBefore = new IdentityHashMap<>();
        Map<Element, Double> scores = new IdentityHashMap<>();
        int[] chars = {0};
        // One walk in document order (the order the votes were always summed in): positions and votes together.
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                order.put(e, order.size());
                textBefore.put(e, chars[0]);
                if (VOTERS.contains(e.normalName())) {
                    vote(e, scores);
                }
            } else if (node instanceof TextNode t) {
                chars[0] += ShownText.strippedLength(t);
            }
        }, doc.body());
        int headlineAt = headline == null || !order.containsKey(headline) ? -1 : order.get(headline);
        int headlineText = headlineAt < 0 ? 0 : textBefore.get(headline);
        List<Map.Entry<Element, Double>> leading = scores.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(5).toList();
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : leading) {
            Element candidate = e.getKey();
            double score = e.getValue() * (1 - linkDensity(candidate));
            if (headlineAt >= 0) {
                boolean contains = headline.parents().contains(candidate);
                if (!contains && lastOrder(candidate, order) < headlineAt) {
                    score *= BEFORE_HEADLINE;
                } else if (!contains) {
                    int distance = Math.max(0, textBefore.getOrDefault(candidate, 0) - headlineText);
                    score /= 1 + distance / DISTANCE_SCALE;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best == null ? doc.body() : best;
    }

    /** A paragraph (or a block's own text) votes for its container with its length and punctuation. */
    private static void vote(Element p, Map<Element, Double> scores) {
        boolean paragraph = p.normalName().equals("p") || p.normalName().equals("pre");
        String own = paragraph ? p.wholeText() : ownWholeText(p);
        String stripped = own.strip();
        if (stripped.length() < PARAGRAPH_MIN) {
            return;
        }
        double score = 1 + punctuation(stripped) + Math.min(stripped.length() / 100.0, 3);
        Element parent = paragraph || p.normalName().equals("span") || p.normalName().equals("font") ? p.parent() : p;
        if (parent == null) {
            return;
        }
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
            scores.merge(grand, score / 2, Double::sum);
        }
    }

    private static int lastOrder(Element e, Map<Element, Integer> order) {
        Element last = e;
        while (last.childrenSize() > 0) {
            last = last.child(last.childrenSize() - 1);
        }
        return order.getOrDefault(last, order.getOrDefault(e, 0));
    }

    /** Drops the repeated headline, about-the-article lines and everything from a related-articles heading on. */
    private static void trim(Element body, String title) {
        String squeezedTitle = ArticleTitles.squeeze(title);
        List<Element> drop = new ArrayList<>();
        Element tail = null;
        int seen = 0;
        int textBefore = 0;
        // Nothing is removed before the loop ends, so an element's text is built once, and only for a line: finding
        // a line compares counts of shown characters, and the whole body's text is needed only at a related-articles
        // heading.
        Map<Element, String> texts = new IdentityHashMap<>();
        Function<Element, String> textOf = el -> texts.computeIfAbsent(el, Element::text);
        Map<Element, Integer> shown = ShownText.countsShown(body);
        for (Element e : body.getAllElements()) {
            if (e == body || !hasOwnText(e)) {
                continue;
            }
            Element line = lineOf(e, body, shown);
            String text = textOf.apply(line).strip();
            if (text.isEmpty() || text.length() > SHORT_LINE) {
                seen++;
                textBefore += text.length();
                continue;
            }
            String squeezed = SPACE_OR_DOT.matcher(text).replaceAll("");
            if (seen < 3 && !squeezedTitle.isEmpty() && squeezed.equals(squeezedTitle)) {
                drop.add(line);
            } else if (BOILERPLATE.matcher(text).find()) {
                drop.add(line);
            } else if (TAIL_HEADING.matcher(squeezed).find()) {
                if (textBefore >= ARTICLE_BEGUN && textBefore >= textOf.apply(body).length() - textBefore) {
                    tail = line;
                    break;
                }
                drop.add(line);
                for (Element next = line.nextElementSibling(); next != null && linkDensity(next) > LINK_DENSE;
                        next = next.nextElementSibling()) {
                    drop.add(next);
                }
            } else {
                textBefore += text.length();
            }
            seen++;
        }
        if (tail != null) {
            removeFrom(tail, body);
        }
        for (Element e : drop) {
            if (e != body && e.parent() != null) {
                e.remove();
            }
        }
    }

    /** The outermost ancestor of {@code e} below {@code body} that holds no other text than {@code e}'s. */
    private static Element lineOf(Element e, Element body, Map<Element, Integer> shown) {
        Element line = e;
        int count = shown.get(e);
        while (line.parent() != null && line.parent() != body && shown.get(line.parent()) == count) {
            line = line.parent();
        }
        return line;
    }

    /** Removes an element and everything after it inside {@code body}. */
    private static void removeFrom(Element start, Element body) {
        Element e = start;
        while (e != null && e != body) {
            Element parent = e.parent();
            List<Node> following = new ArrayList<>();
            for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
                following.add(n);
            }
            following.forEach(Node::remove);
            if (e == start) {
                e.remove();
            }
            e = parent;
        }
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String ownWholeText(Element e) {
        List<TextNode> nodes = e.textNodes();
        if (nodes.isEmpty()) {
            return "";
        }
        if (nodes.size() == 1) {
            return nodes.get(0).getWholeText();
        }
        StringBuilder out = new StringBuilder();
        for (TextNode t : nodes) {
            out.append(t.getWholeText());
        }
        return out.toString();
    }

    /** Share of the element's text inside links, counted on raw text nodes in one traversal. */
    private static double linkDensity(Element e) {
        long[] lengths = new long[2];
        int[] insideLink = new int[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = t.getWholeText().strip().length();
                    lengths[0] += n;
                    if (insideLink[0] > 0) {
                        lengths[1] += n;
                    }
                } else if (node instanceof Element el && el.normalName().equals("a")) {
                    insideLink[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    insideLink[0]--;
                }
            }
        }, e);
        return lengths[0] == 0 ? 1 : Math.min(1.0, (double) lengths[1] / lengths[0]);
    }

    private static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '，', '。', '；', '、', '！', '？', '：', '“', '”', ',', '.' -> n++;
                default -> {
                }
            }
        }
        return n;
    }
}
