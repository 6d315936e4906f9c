package org.qianliyan.portal.opinion.briefing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.qianliyan.nlp.hotwords.HotWord;
import org.qianliyan.portal.opinion.alert.AlertDigest.AlertLine;
import org.qianliyan.portal.opinion.briefing.BriefingBlock.Bars;
import org.qianliyan.portal.opinion.briefing.BriefingBlock.Heading;
import org.qianliyan.portal.opinion.briefing.BriefingBlock.Table;
import org.qianliyan.portal.opinion.briefing.BriefingBlock.Text;
import org.qianliyan.portal.opinion.posts.Interval;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Count;
import org.qianliyan.portal.opinion.posts.PostRow;

/** What a {@link Briefing} says, in order, as blocks that each format draws its own way. */
public final class BriefingContent {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int HOT_WORDS = 15;
    private static final int PROVINCES = 10;

    private BriefingContent() {
    }

    public static List<BriefingBlock> of(Briefing b, BriefingText t) {
        List<BriefingBlock> blocks = new ArrayList<>();
        OpinionSummary s = b.summary();
        blocks.add(new Heading(1, t.get("opinion.briefing.heading",
                t.get("opinion.briefing.title") + " · " + t.get("opinion.briefing." + b.kind().parameter()),
                b.firstDay(), b.lastDay())));
        if (b.demo()) {
            blocks.add(new Text(t.get("opinion.briefing.demo")));
        }
        blocks.add(new Text(t.get("opinion.briefing.generated", TIME.format(b.generatedAt().atZone(OpinionFilter.ZONE)))));

        blocks.add(new Heading(2, t.get("opinion.briefing.figures")));
        blocks.add(new Table(List.of(t.get("opinion.briefing.total"), t.get("opinion.briefing.previous"),
                t.get("opinion.briefing.negative"), t.get("opinion.briefing.complaints")),
                List.of(List.of(String.valueOf(s.total()), String.valueOf(b.previousTotal()), String.valueOf(b.negative()),
                        String.valueOf(b.complaints().total())))));

        blocks.add(new Heading(2, t.get("opinion.briefing.volume")));
        DateTimeFormatter bucket = DateTimeFormatter.ofPattern(s.filter().interval() == Interval.HOUR ? "HH:00" : "MM-dd");
        blocks.add(new Bars(s.buckets().stream().map(x -> bucket.format(x.start())).toList(),
                s.buckets().stream().map(OpinionSummary.Bucket::count).toList()));

        blocks.add(new Heading(2, t.get("opinion.briefing.topics")));
        blocks.add(bars(s.topics().stream().map(c -> new Count(t.get("opinion.topic." + c.key()), c.count())).toList(), t));
        blocks.add(new Heading(2, t.get("opinion.briefing.provinces")));
        blocks.add(bars(s.provinces().subList(0, Math.min(PROVINCES, s.provinces().size())), t));

        blocks.add(new Heading(2, t.get("opinion.briefing.hot-words")));
        List<String> words = s.hotWords().stream().limit(HOT_WORDS).map(HotWord::word).toList();
        blocks.add(new Text(words.isEmpty() ? t.get("opinion.briefing.none") : String.join("、", words)));

        blocks.add(new Heading(2, t.get("opinion.briefing.stories")));
        blocks.add(stories(b.stories(), t));
        blocks.add(new Heading(2, t.get("opinion.briefing.alerts")));
        blocks.add(alerts(b.alerts(), t));
        blocks.add(new Heading(2, t.get("opinion.briefing.complaints-by-facility")));
        blocks.add(b.complaints().facilities().isEmpty() ? new Text(t.get("opinion.briefing.none"))
                : new Table(List.of(t.get("opinion.briefing.facility"), t.get("opinion.briefing.count"),
                        t.get("opinion.briefing.negative")),
                b.complaints().facilities().stream().map(f -> List.of(f.name(), String.valueOf(f.count()),
                        String.valueOf(f.negative()))).toList()));
        return blocks;
    }

    private static BriefingBlock bars(List<Count> counts, BriefingText t) {
        if (counts.isEmpty()) {
            return new Text(t.get("opinion.briefing.none"));
        }
        return new Bars(counts.stream().map(Count::key).toList(), counts.stream().map(Count::count).toList());
    }

    private static BriefingBlock stories(List<PostRow> stories, BriefingText t) {
        if (stories.isEmpty()) {
            return new Text(t.get("opinion.briefing.none"));
        }
        return new Table(List.of(t.get("opinion.briefing.story-title"), t.get("opinion.briefing.story-source"),
                t.get("opinion.briefing.story-time"), t.get("opinion.briefing.story-spread")),
                stories.stream().map(p -> List.of(p.title(), p.sourceId(),
                        p.publishedAt() == null ? "" : TIME.format(p.publishedAt().atZone(OpinionFilter.ZONE)),
                        String.valueOf(p.repostCount()))).toList());
    }

    private static BriefingBlock alerts(List<AlertLine> alerts, BriefingText t) {
        if (alerts == null) {
            return new Text(t.get("opinion.briefing.alerts-unavailable"));
        }
        if (alerts.isEmpty()) {
            return new Text(t.get("opinion.briefing.alerts-none"));
        }
        return new Table(List.of(t.get("opinion.briefing.alert-kind"), t.get("opinion.briefing.alert-subject"),
                t.get("opinion.briefing.alert-time"), t.get("opinion.briefing.alert-status"),
                t.get("opinion.briefing.alert-assignee")),
                alerts.stream().map(a -> List.of(a.kind(), a.subject(), TIME.format(a.raisedAt().atZone(OpinionFilter.ZONE)),
                        a.status(), a.assignee() == null ? "" : a.assignee())).toList());
    }
}
