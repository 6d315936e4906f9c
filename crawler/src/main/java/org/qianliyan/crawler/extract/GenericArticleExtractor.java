package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Elements;

/**
 * Finds title, date, author and body on an article page it has never seen, the way
 * Readability-style extractors do: the body is the element whose paragraphs carry the most
 * text and Chinese punctuation with the fewest links; the title is the heading that agrees
 * with {@code <title>} (or the CMS {@code ArticleTitle} meta); the date is the CMS
 * {@code PubDate} meta, else the first date labelled 发布时间/日期, else the first date after the title.
 */
public final class GenericArticleExtractor {

    private static final String NOISE = "script,style,noscript,iframe,form,nav,header,footer,aside,select,button,"
            + ".nav,.footer,.header,#footer,#header,.breadcrumb,.crumb,.share,.bdsharebuttonbox";
    private static final Pattern DATE_LABEL = Pattern.compile("(发布时间|发布日期|发文日期|成文日期|日期|时间)[:：]?\\s*$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?:来源|作者|发布机构|信息来源|发布单位)\\s*[:：]\\s*([^\\s|｜]{2,30})");

    /** The fields found; any may be empty. */
    record Article(String title, Optional<Instant> publishedAt, String author, Element body) {
    }

    private GenericArticleExtractor() {
    }

    /** @return the article fields of an HTML document (the document is modified: noise removed) */
    static Article extract(Document doc) {
        String title = title(doc);
        Optional<Instant> date = metaDate(doc);
        String author = meta(doc, "ContentSource", "author", "article:author", "source");
        doc.select(NOISE).remove();
        if (date.isEmpty()) {
            date = labelledDate(doc, title);
        }
        if (author == null) {
            Matcher m = AUTHOR_LABEL.matcher(headerText(doc, title));
            author = m.find() ? m.group(1) : null;
        }
        return new Article(title, date, author, body(doc));
    }

    static String title(Document doc) {
        String meta = meta(doc, "ArticleTitle", "og:title", "twitter:title");
        if (meta != null && !meta.isBlank()) {
            return meta.strip();
        }
        String pageTitle = doc.title().strip();
        String best = null;
        for (Element heading : doc.select("h1, h2, .title, .article-title, #title, .tit, .bt")) {
            String text = heading.text().strip();
            if (text.length() < 4 || text.length() > 120) {
                continue;
            }
            if (!pageTitle.isEmpty() && (pageTitle.contains(text) || text.contains(firstSegment(pageTitle)))) {
                if (best == null || text.length() > best.length()) {
                    best = text;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && h1.text().length() >= 4) {
            return h1.text().strip();
        }
        return firstSegment(pageTitle);
    }

    private static String firstSegment(String pageTitle) {
        String[] parts = pageTitle.split("\\s*[_|｜—–-]{1,2}\\s*");
        return parts.length == 0 ? pageTitle : parts[0].strip();
    }

    static String meta(Document doc, String... names) {
        for (Element e : doc.getElementsByTag("meta")) {
            String key = e.hasAttr("name") ? e.attr("name") : e.attr("property");
            for (String name : names) {
                if (key.equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
                    return e.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static Optional<Instant> metaDate(Document doc) {
        String meta = meta(doc, "PubDate", "publishdate", "article:published_time", "pubdate", "publish_time");
        return meta == null ? Optional.empty() : ChineseDates.find(meta);
    }

    private static Optional<Instant> labelledDate(Document doc, String title) {
        Optional<Instant> afterTitle = Optional.empty();
        boolean titleSeen = title.isEmpty();
        for (TextNode node : textNodes(doc)) {
            String text = node.text();
            if (!titleSeen && text.contains(title.length() > 10 ? title.substring(0, 10) : title)) {
                titleSeen = true;
                continue;
            }
            Matcher m = ChineseDates.DATE.matcher(text);
            if (m.find()) {
                String before = text.substring(0, m.start());
                Element parent = node.parentElement();
                String previous = parent != null && parent.previousElementSibling() != null ? parent.previousElementSibling().text() : "";
                if (DATE_LABEL.matcher(before).find() || DATE_LABEL.matcher(previous).find()) {
                    return ChineseDates.toInstant(m);
                }
                if (titleSeen && afterTitle.isEmpty()) {
                    afterTitle = ChineseDates.toInstant(m);
                }
            }
        }
        return afterTitle;
    }

    private static String headerText(Document doc, String title) {
        StringBuilder out = new StringBuilder();
        boolean titleSeen = title.isEmpty();
        for (TextNode node : textNodes(doc)) {
            if (!titleSeen) {
                titleSeen = node.text().contains(title.length() > 10 ? title.substring(0, 10) : title);
                continue;
            }
            out.append(node.text()).append(' ');
            if (out.length() > 400) {
                break;
            }
        }
        return out.toString();
    }

    private static List<TextNode> textNodes(Document doc) {
        List<TextNode> nodes = new java.util.ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                nodes.add(t);
            }
        });
        return nodes;
    }

    static Element body(Document doc) {
        Map<Element, Double> scores = new java.util.IdentityHashMap<>();
        Elements paragraphs = doc.body().select("p, div, td, section, article, pre");
        for (Element p : paragraphs) {
            String own = p.normalName().equals("p") || p.normalName().equals("pre") ? p.wholeText() : ownWholeText(p);
            if (own.length() < 20 || own.isBlank()) {
                continue;
            }
            double score = 1 + punctuation(own) + Math.min(own.strip().length() / 100.0, 3);
            Element parent = p.normalName().equals("p") ? p.parent() : p;
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        // Link density needs the element's text: only worth computing for the leading candidates.
        List<Map.Entry<Element, Double>> leading = scores.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(3).toList();
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : leading) {
            double score = e.getValue() * (1 - linkDensity(e.getKey()));
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best == null ? doc.body() : best;
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
                case '，', '。', '；', '、', '！', '？', '：', ',', '.' -> n++;
                default -> {
                }
            }
        }
        return n;
    }
}
