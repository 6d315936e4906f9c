package org.qianliyan.portal.opinion.dashboard;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.frontend.chart.ChinaOutlines;
import org.qianliyan.nlp.hotwords.HotWord;
import org.qianliyan.portal.opinion.posts.Interval;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Bucket;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Count;

/**
 * The dashboard's ECharts options from an {@link OpinionSummary}. Every data item carries a
 * {@code link} to the post list narrowed to it (the chart script follows it on click), so each
 * bar, slice and province leads to the posts behind it.
 */
public final class DashboardCharts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SENTIMENTS = List.of("NEGATIVE", "NEUTRAL", "POSITIVE");
    private static final Map<String, String> SENTIMENT_COLOURS = Map.of("NEGATIVE", "#c62828", "NEUTRAL", "#90a4ae",
            "POSITIVE", "#2e7d32");
    private static final int HOT_WORDS_SHOWN = 15;

    private final OpinionSummary summary;
    private final UnaryOperator<String> text;

    /** @param text translates a bundle key ({@code opinion.kind.SITE}, …) */
    public DashboardCharts(OpinionSummary summary, UnaryOperator<String> text) {
        this.summary = summary;
        this.text = text;
    }

    /** Posts per bucket, stacked by source kind. */
    public String volume() {
        Set<String> kinds = new LinkedHashSet<>(summary.kinds().keySet());
        return timeline(kinds, k -> text.apply("opinion.kind." + k), Bucket::kinds, "kind", Map.of());
    }

    /** Posts per bucket, stacked by sentiment. */
    public String sentiment() {
        return timeline(new LinkedHashSet<>(SENTIMENTS), s -> text.apply("opinion.sentiment." + s), Bucket::sentiments,
                "sentiment", SENTIMENT_COLOURS);
    }

    public String topics() {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode series = option.putArray("series").addObject().put("type", "pie").put("radius", "65%");
        ArrayNode data = series.putArray("data");
        for (Count c : summary.topics()) {
            data.addObject().put("name", text.apply("opinion.topic." + c.key())).put("value", c.count())
                    .put("link", PostLinks.posts(summary.filter().with("topic", c.key())));
        }
        return option.toString();
    }

    public String hotWords() {
        List<HotWord> words = summary.hotWords().subList(0, Math.min(HOT_WORDS_SHOWN, summary.hotWords().size()));
        return ranking(words.stream().map(HotWord::word).toList(), words.stream().map(HotWord::windowCount).toList(),
                words.stream().map(w -> PostLinks.posts(summary.filter().with("keyword", w.word()))).toList());
    }

    public String sources() {
        return ranking(summary.sources(), c -> summary.filter().with("source", c.key()));
    }

    public String accounts() {
        return ranking(summary.accounts(), c -> summary.filter().with("author", c.key()));
    }

    /** Negative mentions per facility, the most negative first, beside all its mentions. */
    public String facilities() {
        var facilities = summary.facilities();
        ObjectNode option = barOption(facilities.stream().map(OpinionSummary.FacilityCount::name).toList());
        option.putObject("legend").put("top", 0);
        ArrayNode series = option.putArray("series");
        ObjectNode negative = series.addObject().put("type", "bar").put("name", text.apply("opinion.sentiment.NEGATIVE"));
        negative.putObject("itemStyle").put("color", SENTIMENT_COLOURS.get("NEGATIVE"));
        ObjectNode all = series.addObject().put("type", "bar").put("name", text.apply("opinion.dashboard.all-mentions"));
        all.putObject("itemStyle").put("color", "#b0bec5");
        for (var f : facilities) {
            OpinionFilter about = summary.filter().with("facility", f.id());
            negative.withArray("data").addObject().put("value", f.negative())
                    .put("link", PostLinks.posts(about.with("sentiment", "NEGATIVE")));
            all.withArray("data").addObject().put("value", f.count()).put("link", PostLinks.posts(about));
        }
        return option.toString();
    }

    /** Mentions per province on the offline outline map. */
    public String provinces() {
        ObjectNode option = JSON.createObjectNode();
        ChinaOutlines.addTo(option);
        option.putObject("tooltip").put("trigger", "item");
        long max = summary.provinces().stream().mapToLong(Count::count).max().orElse(1);
        option.putObject("visualMap").put("min", 0).put("max", Math.max(1, max)).put("left", "left").put("bottom", 0)
                .put("calculable", true).putObject("inRange").putArray("color").add("#e3f2fd").add("#1565c0");
        ObjectNode series = option.putArray("series").addObject().put("type", "map").put("map", ChinaOutlines.MAP_NAME)
                .put("roam", true).put("name", text.apply("opinion.dashboard.provinces"));
        ArrayNode data = series.putArray("data");
        for (Count c : summary.provinces()) {
            data.addObject().put("name", ProvinceNames.onMap(c.key())).put("value", c.count())
                    .put("link", PostLinks.posts(summary.filter().with("province", c.key())));
        }
        return option.toString();
    }

    private String timeline(Set<String> keys, Function<String, String> label, Function<Bucket, Map<String, Long>> counts,
                            String parameter, Map<String, String> colours) {
        OpinionFilter filter = summary.filter();
        ObjectNode option = barOption(null);
        option.putObject("legend").put("top", 0);
        ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        summary.buckets().forEach(b -> categories.add(bucketLabel(b, filter.interval())));
        ArrayNode series = option.putArray("series");
        for (String key : keys) {
            ObjectNode s = series.addObject().put("type", "bar").put("stack", "posts").put("name", label.apply(key));
            if (colours.containsKey(key)) {
                s.putObject("itemStyle").put("color", colours.get(key));
            }
            ArrayNode data = s.putArray("data");
            for (Bucket b : summary.buckets()) {
                data.addObject().put("value", counts.apply(b).getOrDefault(key, 0L))
                        .put("link", PostLinks.posts(bucketFilter(b, filter).with(parameter, key)));
            }
        }
        return option.toString();
    }

    /** The filter narrowed to one bucket, clipped to the filter's period (a week bucket may start before it). */
    static OpinionFilter bucketFilter(Bucket bucket, OpinionFilter filter) {
        ZonedDateTime start = bucket.start().atZoneSameInstant(OpinionFilter.ZONE);
        ZonedDateTime end = switch (filter.interval()) {
            case HOUR -> start.plusHours(1);
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
        };
        Instant from = max(start.toInstant(), filter.from());
        Instant to = min(end.toInstant(), filter.to());
        return filter.withPeriod(from, to);
    }

    private static String bucketLabel(Bucket bucket, Interval interval) {
        ZonedDateTime start = bucket.start().atZoneSameInstant(OpinionFilter.ZONE);
        return start.format(DateTimeFormatter.ofPattern(interval == Interval.HOUR ? "MM-dd HH:00" : "MM-dd"));
    }

    private String ranking(List<Count> counts, Function<Count, OpinionFilter> narrowed) {
        return ranking(counts.stream().map(Count::key).toList(), counts.stream().map(Count::count).toList(),
                counts.stream().map(c -> PostLinks.posts(narrowed.apply(c))).toList());
    }

    /** A horizontal bar chart, the first item on top. */
    private static String ranking(List<String> names, List<Long> values, List<String> links) {
        ObjectNode option = barOption(names);
        ObjectNode s = option.putArray("series").addObject().put("type", "bar");
        ArrayNode data = s.putArray("data");
        for (int i = 0; i < names.size(); i++) {
            data.addObject().put("value", values.get(i)).put("link", links.get(i));
        }
        return option.toString();
    }

    private static ObjectNode barOption(List<String> categories) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", categories == null ? "axis" : "item");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 32).put("bottom", 8);
        if (categories != null) {
            option.putObject("xAxis").put("type", "value").put("minInterval", 1);
            ArrayNode names = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
            categories.forEach(names::add);
        }
        return option;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
