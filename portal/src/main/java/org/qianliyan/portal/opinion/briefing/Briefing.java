package org.qianliyan.portal.opinion.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qianliyan.portal.opinion.alert.AlertDigest.AlertLine;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.PostRow;

/**
 * One 舆情简报: the period's figures, its most widely spread stories, its alerts and how they
 * were handled, and its complaints by facility. The page, the PDF and the DOCX all show this.
 *
 * @param previousTotal posts in the period of the same length just before
 * @param complaints    the period's complaints (summary with complaints only): total and per facility
 * @param stories       first posts of the stories with the most reposts
 * @param alerts        the period's alerts, or null when no alerting feature is installed
 * @param demo          whether the index holds generated 示例 posts
 */
public record Briefing(BriefingKind kind, LocalDate lastDay, OpinionSummary summary, long previousTotal,
                       OpinionSummary complaints, List<PostRow> stories, List<AlertLine> alerts, boolean demo,
                       Instant generatedAt) {

    public LocalDate firstDay() {
        return summary.filter().from().atZone(OpinionFilter.ZONE).toLocalDate();
    }

    public long negative() {
        return summary.sentiments().getOrDefault("NEGATIVE", 0L);
    }
}
