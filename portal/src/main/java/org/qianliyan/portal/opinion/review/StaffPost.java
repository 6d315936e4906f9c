package org.qianliyan.portal.opinion.review;

import java.time.Instant;
import java.util.List;

/**
 * A post as staff review it: the original text, the stored HTML (sanitised again before it is
 * shown), where it comes from and what the analysis (with corrections applied) says.
 */
public record StaffPost(String id, String url, String sourceId, String kind, String title, String author, Instant publishedAt,
        String text, String safeHtml, String sentiment, List<String> topics, boolean complaint, List<String> places,
        List<String> facilityIds, List<String> facilityNames, String storyId, int repostCount) {
}
