package org.qianliyan.portal.opinion.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.opinion.review.PostReview.ReviewEvent;

/** A {@link PostReview} as a {@code post-reviews} document and back. */
final class ReviewDocuments {

    private ReviewDocuments() {
    }

    /**
     * @param facilities  the post's facility ids after review (for counting confirmed complaints per facility)
     * @param topics      the post's topics after review
     * @param publishedAt the post's publication time
     */
    static Map<String, Object> of(PostReview r, List<String> facilities, List<String> topics, Instant publishedAt, Instant now) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("post_id", r.postId());
        doc.put("complaint", r.complaint());
        doc.put("sentiment", r.sentiment());
        doc.put("topics", r.topics());
        doc.put("confirmed_facility_ids", r.confirmedFacilities());
        doc.put("rejected_facility_ids", r.rejectedFacilities());
        doc.put("facility_ids", facilities);
        doc.put("effective_topics", topics);
        doc.put("published_at", publishedAt == null ? null : publishedAt.toString());
        doc.put("response_status", r.responseStatus().name());
        doc.put("response_note", r.responseNote());
        doc.put("updated_at", now.toString());
        doc.put("history", r.history().stream().map(e -> {
            Map<String, Object> m = new HashMap<>();
            m.put("at", e.at().toString());
            m.put("user", e.user());
            m.put("action", e.action());
            m.put("value", e.value());
            m.put("note", e.note());
            return m;
        }).toList());
        return doc;
    }

    static PostReview review(String postId, Map<?, ?> doc) {
        List<ReviewEvent> history = new ArrayList<>();
        if (doc.get("history") instanceof List<?> events) {
            for (Object o : events) {
                if (o instanceof Map<?, ?> e) {
                    history.add(new ReviewEvent(Instant.parse(e.get("at").toString()), str(e.get("user")), str(e.get("action")),
                            str(e.get("value")), str(e.get("note"))));
                }
            }
        }
        Object complaint = doc.get("complaint");
        Object status = doc.get("response_status");
        return new PostReview(postId, complaint instanceof Boolean b ? b : null, str(doc.get("sentiment")),
                doc.get("topics") == null ? null : strings(doc.get("topics")), strings(doc.get("confirmed_facility_ids")),
                strings(doc.get("rejected_facility_ids")), status == null ? ResponseStatus.PENDING : ResponseStatus.valueOf(status.toString()),
                str(doc.get("response_note")) == null ? "" : str(doc.get("response_note")), List.copyOf(history));
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(o -> o != null).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
