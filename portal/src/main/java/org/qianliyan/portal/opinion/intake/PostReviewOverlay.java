package org.qianliyan.portal.opinion.intake;

import java.util.Map;

/**
 * Staff corrections laid over a post the pipeline is about to write, so a recrawl does not
 * undo a review (the review feature implements it; the pipeline only calls it).
 */
public interface PostReviewOverlay {

    /** No corrections. */
    PostReviewOverlay NONE = (postId, document) -> {
    };

    /**
     * @param postId   the post's id
     * @param document the fields about to be written ({@link PostFields} names), changed in place
     */
    void apply(String postId, Map<String, Object> document);

    /**
     * The same for a batch of posts; an implementation reading its corrections from a store
     * reads them in one request.
     *
     * @param documents the fields about to be written, by post id, changed in place
     */
    default void applyAll(Map<String, Map<String, Object>> documents) {
        documents.forEach(this::apply);
    }
}
