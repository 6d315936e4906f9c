package org.qianliyan.portal.opinion.posts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.qianliyan.nlp.hotwords.HotWord;

/**
 * The figures of one {@link OpinionFilter}: what the dashboard draws, the summary API returns
 * and the briefing prints.
 *
 * @param buckets    the timeline, one bucket per interval, empty ones included
 * @param sentiments posts per sentiment over the whole period
 * @param kinds      posts per source kind over the whole period
 * @param hotWords   words rising in the period against the preceding periods
 * @param facilities facilities mentioned, most negative mentions first
 */
public record OpinionSummary(OpinionFilter filter, long total, List<Bucket> buckets, Map<String, Long> sentiments,
                             Map<String, Long> kinds, List<Count> topics, List<HotWord> hotWords, List<Count> provinces,
                             List<FacilityCount> facilities, List<Count> sources, List<Count> accounts) {

    /** One interval of the timeline, its posts counted per sentiment and per source kind. */
    public record Bucket(OffsetDateTime start, long count, Map<String, Long> sentiments, Map<String, Long> kinds) {
    }

    /** A term and how many posts carry it. */
    public record Count(String key, long count) {
    }

    /** A facility, how many posts mention it and how many of those are negative. */
    public record FacilityCount(String id, String name, long count, long negative) {
    }
}
