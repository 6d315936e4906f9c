package org.qianliyan.portal.opinion.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.opinion.intake.PostReviewOverlay;

/**
 * Lays a review's corrections over post fields: complaint flag, sentiment, topics, and the
 * facility links (rejected ones removed, confirmed ones added). Used when staff review a post
 * and whenever the pipeline rewrites it.
 */
class ReviewOverlay implements PostReviewOverlay {

    private final ReviewStore reviews;

    ReviewOverlay(ReviewStore reviews) {
        this.reviews = reviews;
    }

    @Override
    public void apply(String postId, Map<String, Object> document) {
        reviews.find(postId).ifPresent(review -> overlay(review, document));
    }

    @Override
    public void applyAll(Map<String, Map<String, Object>> documents) {
        if (documents.isEmpty()) {
            return;
        }
        reviews.findAll(List.copyOf(documents.keySet())).forEach((postId, review) -> overlay(review, documents.get(postId)));
    }

    static void overlay(PostReview review, Map<String, Object> document) {
        if (review.complaint() != null) {
            document.put(PostFields.COMPLAINT, review.complaint());
        }
        if (review.sentiment() != null) {
            document.put(PostFields.SENTIMENT, review.sentiment());
        }
        if (review.topics() != null) {
            document.put(PostFields.TOPICS, review.topics());
        }
        if (!review.confirmedFacilities().isEmpty() || !review.rejectedFacilities().isEmpty()) {
            document.put(PostFields.FACILITY_IDS, review.facilities(ReviewDocuments.strings(document.get(PostFields.FACILITY_IDS))));
        }
    }

    /** @return the fields a review changes, for a partial update of a stored post */
    static Map<String, Object> fields(PostReview review, List<String> analysedFacilities) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(PostFields.FACILITY_IDS, analysedFacilities);
        overlay(review, fields);
        return fields;
    }
}
