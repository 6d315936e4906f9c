package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published, on a page of any site, in this order:
 * <ol>
 * <li>the byline: the first date in the short lines just below the headline, in any common
 * form ({@code 2019-06-15 08:18}, {@code 2019年06月15日 08:18}, {@code 2019/6/15},
 * {@code 2019 06/15 08:18}, {@code 发布时间：06-15 08:18} with the year from the page's
 * metadata, {@code 发布时间：19-06-15 08:18}); what readers see wins over metadata that
 * differs from it, and the byline is nearer the headline than related-article lists and footers.
 * A date that runs on into words ({@code 2007年6月29日第十届…会议通过}) is part of a sentence, not a byline;</li>
 * <li>metadata: publish-time {@code <meta>} tags, JSON-LD {@code datePublished}, script
 * variables such as {@code pubtime}, WeChat's {@code var ct};</li>
 * <li>a labelled date anywhere ({@code 发布日期：2019-03-06}, also below the article).</li>
 * </ol>
 * Times are Beijing time unless they carry an offset; a date without a time stays a date.
 */
final class PublishTimes {

    private static final Set<String> META_NAMES = Set.of("article:published_time", "og:article:published_time",
            "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "og:release_date",
            "og:time", "apub:time", "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.created",
            "parsely-pub-date", "sailthru.date", "weibo: article:create_at");
    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern SCRIPT_TIME = Pattern.compile(
            "(?i)[\"']?(?:pubtime|publish_?time|pubdate|publish_?date)[\"']?\\s*[:=]\\s*[\"']([^\"']{8,40})[\"']");
    private static final Pattern WECHAT_CT = Pattern.compile("var\\s+ct\\s*=\\s*\"(\\d{9,11})\"");
    /** {@code 2019 09/07 19:02}: year and month/day in separate boxes. */
    private static final Pattern YEAR_APART = Pattern.compile(
            "((?:19|20)\\d{2})\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s+(\\d{1,2})\\s*:\\s*(\\d{2}))?");
    private static final String LABEL = "(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发文日期|更新时间|日期|时间)\\s*[:：]\\s*";
    /** {@code 发布时间：19-06-15 08:18}: a two-digit year after a label. */
    private static final Pattern SHORT_YEAR = Pattern.compile(LABEL + "(\\d{2})-(\\d{1,2})-(\\d{1,2})\\s*(\\d{1,2}):(\\d{2})");
    /** {@code 发布时间：06-15 08:18}: no year after a label. */
    private static final Pattern NO_YEAR = Pattern.compile(LABEL + "(\\d{1,2})-(\\d{1,2})\\s*(\\d{1,2}):(\\d{2})");
    private static final Pattern LABELLED = Pattern.compile(LABEL + ChineseDates.DATE.pattern());
    /** Words a byline date may run into without a space. */
    private static final Pattern BYLINE_FOLLOWER = Pattern.compile(
            "^(?:来源|作者|稿源|编辑|责编|记者|星期|周[一二三四五六日天]|发布|浏览|阅读|点击|字号|分享|原创|评论|人参与|\\d)");
    private static final int BYLINE_WINDOW = 400;
    private static final int BYLINE_LINE = 80;

    private PublishTimes() {
    }

    /**
     * @param doc      the page (before noise is removed)
     * @param headline the element showing the headline, or null
     * @param title    the headline text (to find it when no element is known)
     * @return the publish time, if the page states one
     */
    static Optional<PublishTime> find(Document doc, Element headline, String title) {
        List<String> metaValues = metaDateValues(doc);
        Optional<PublishTime> byline = byline(doc, anchor(doc, headline, title), metaValues);
        if (byline.isPresent()) {
            return byline;
        }
        Optional<PublishTime> meta = fromMetadata(doc);
        if (meta.isPresent()) {
            return meta;
        }
        if (doc.body() != null) {
            Matcher m = LABELLED.matcher(BlockText.of(doc.body()));
            while (m.find()) {
                Optional<PublishTime> t = ChineseDates.findPublishTime(m.group());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private static Element anchor(Document doc, Element headline, String title) {
        if (headline != null || doc.body() == null || title.length() < 4) {
            return headline;
        }
        String start = title.substring(0, Math.min(8, title.length()));
        for (Element e : doc.body().getAllElements()) {
            if (!e.normalName().equals("a") && e.ownText().contains(start)) {
                return e;
            }
        }
        return null;
    }

    private static Optional<PublishTime> byline(Document doc, Element anchor, List<String> metaValues) {
        if (anchor == null) {
            return Optional.empty();
        }
        // Short lines run together (a byline is often split over boxes); long lines are paragraphs and break the run.
        StringBuilder runs = new StringBuilder();
        for (String line : LinesAfter.of(doc.body(), anchor, BYLINE_WINDOW)) {
            runs.append(line.length() <= BYLINE_LINE ? line + " " : "\n");
        }
        String text = runs.toString();
        Optional<Candidate> best = Optional.empty();
        Matcher m = ChineseDates.DATE.matcher(text);
        while (m.find()) {
            if (standsAlone(text, m.end())) {
                best = earlier(best, m.start(), ChineseDates.toPublishTime(m));
                break;
            }
        }
        Matcher apart = YEAR_APART.matcher(text);
        if (apart.find()) {
            best = earlier(best, apart.start(), local(apart.group(1), apart.group(2), apart.group(3), apart.group(4), apart.group(5)));
        }
        Matcher shortYear = SHORT_YEAR.matcher(text);
        if (shortYear.find()) {
            best = earlier(best, shortYear.start(), local("20" + shortYear.group(1), shortYear.group(2), shortYear.group(3),
                    shortYear.group(4), shortYear.group(5)));
        }
        Matcher noYear = NO_YEAR.matcher(text);
        if (noYear.find()) {
            Optional<String> year = yearOf(noYear.group(1), noYear.group(2), metaValues);
            if (year.isPresent()) {
                best = earlier(best, noYear.start(), local(year.get(), noYear.group(1), noYear.group(2), noYear.group(3),
                        noYear.group(4)));
            }
        }
        return best.map(Candidate::time);
    }

    private record Candidate(int position, PublishTime time) {
    }

    private static Optional<Candidate> earlier(Optional<Candidate> best, int position, Optional<PublishTime> time) {
        if (time.isEmpty() || best.isPresent() && best.get().position() <= position) {
            return best;
        }
        return Optional.of(new Candidate(position, time.get()));
    }

    /** A byline date ends the line, or is followed by a space, punctuation, a number or a byline word. */
    private static boolean standsAlone(String text, int end) {
        if (end >= text.length() || Character.isWhitespace(text.charAt(end - 1))) {
            return true;
        }
        char next = text.charAt(end);
        if (Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN) {
            return true;
        }
        return BYLINE_FOLLOWER.matcher(text.substring(end, Math.min(text.length(), end + 4))).find();
    }

    private static Optional<PublishTime> local(String year, String month, String day, String hour, String minute) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(hour == null ? PublishTime.onDay(date) : PublishTime.beijing(
                    date.atTime(Integer.parseInt(hour), Integer.parseInt(minute)), false));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The year of a metadata date on the same month and day, for bylines that leave the year out. */
    private static Optional<String> yearOf(String month, String day, List<String> metaValues) {
        for (String value : metaValues) {
            Matcher m = ChineseDates.DATE.matcher(value);
            if (m.find() && Integer.parseInt(m.group(2)) == Integer.parseInt(month)
                    && Integer.parseInt(m.group(3)) == Integer.parseInt(day)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Every {@code <meta>} value whose name speaks of a date or time: year source for year-less bylines. */
    private static List<String> metaDateValues(Document doc) {
        List<String> values = new ArrayList<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String key = metaKey(e);
            if ((key.contains("date") || key.contains("time")) && !e.attr("content").isBlank()) {
                values.add(e.attr("content"));
            }
        }
        return values;
    }

    private static Optional<PublishTime> fromMetadata(Document doc) {
        for (Element e : doc.getElementsByTag("meta")) {
            if (META_NAMES.contains(metaKey(e))) {
                Optional<PublishTime> t = ChineseDates.findPublishTime(e.attr("content"));
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            Matcher ld = JSON_LD_PUBLISHED.matcher(data);
            if (ld.find()) {
                Optional<PublishTime> t = ChineseDates.findPublishTime(ld.group(1));
                if (t.isPresent()) {
                    return t;
                }
            }
            Matcher var = SCRIPT_TIME.matcher(data);
            if (var.find()) {
                Optional<PublishTime> t = ChineseDates.findPublishTime(var.group(1));
                if (t.isPresent()) {
                    return t;
                }
            }
            Matcher ct = WECHAT_CT.matcher(data);
            if (ct.find()) {
                return Optional.of(PublishTime.at(Instant.ofEpochSecond(Long.parseLong(ct.group(1)))));
            }
        }
        return Optional.empty();
    }

    private static String metaKey(Element meta) {
        String key = meta.hasAttr("name") ? meta.attr("name") : meta.hasAttr("property") ? meta.attr("property") : meta.attr("itemprop");
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
