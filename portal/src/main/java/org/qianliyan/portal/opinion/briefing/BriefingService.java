package org.qianliyan.portal.opinion.briefing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.qianliyan.portal.opinion.alert.AlertDigest;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.OpinionSummaryService;
import org.qianliyan.portal.opinion.posts.PostSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Gathers a {@link Briefing} from the opinion summary, the post index and, when installed, the alerts. */
@Service
public class BriefingService {

    static final int STORIES = 10;

    private final OpinionSummaryService summaries;
    private final PostSearch posts;
    private final ObjectProvider<AlertDigest> alerts;
    private final Clock clock;

    public BriefingService(OpinionSummaryService summaries, PostSearch posts, ObjectProvider<AlertDigest> alerts) {
        this.summaries = summaries;
        this.posts = posts;
        this.alerts = alerts;
        this.clock = Clock.system(OpinionFilter.ZONE);
    }

    public Briefing build(BriefingKind kind, LocalDate lastDay) {
        OpinionFilter period = kind.period(lastDay);
        OpinionSummary summary = summaries.summarize(period);
        OpinionSummary complaints = summaries.summarize(period.with("complaint", "true"));
        long previous = posts.page(kind.previous(lastDay), 0, 1).total();
        AlertDigest digest = alerts.getIfAvailable();
        List<AlertDigest.AlertLine> raised = digest == null ? null : digest.raisedBetween(period.from(), period.to());
        return new Briefing(kind, lastDay, summary, previous, complaints, posts.mostReposted(period, STORIES), raised,
                posts.holdsDemoPosts(), clock.instant());
    }

    /** The last whole day: the default date of a briefing. */
    public LocalDate yesterday() {
        return LocalDate.now(clock).minusDays(1);
    }
}
