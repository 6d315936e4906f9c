package org.qianliyan.portal.opinion.posts;

import java.time.Instant;
import java.util.List;

/**
 * One post as the staff list shows it: the masked text only (DESIGN §8), never the raw text
 * or the stored HTML.
 *
 * @param snippet the start of the masked text
 * @param demo    a generated 示例 post
 */
public record PostRow(String id, Instant publishedAt, String sourceId, String kind, String author, String title,
                      String snippet, String url, String sentiment, List<String> topics, boolean complaint,
                      List<String> facilityNames, List<String> provinces, String storyId, int repostCount, boolean demo) {
}
