package org.qianliyan.portal.opinion.review;

import java.util.List;

/**
 * What a reviewer changes in one step; every null field is left as it is.
 *
 * @param complaint       mark (true) or unmark (false) as a complaint
 * @param sentiment       the corrected sentiment
 * @param topics          the corrected topics
 * @param confirmFacility a linked facility id to confirm
 * @param rejectFacility  a linked facility id to reject
 * @param responseStatus  the response's new state
 * @param note            a note for the history (and the response)
 */
public record ReviewChange(Boolean complaint, String sentiment, List<String> topics, String confirmFacility,
        String rejectFacility, ResponseStatus responseStatus, String note) {

    public static ReviewChange complaint(boolean complaint, String note) {
        return new ReviewChange(complaint, null, null, null, null, null, note);
    }

    public static ReviewChange sentiment(String sentiment, String note) {
        return new ReviewChange(null, sentiment, null, null, null, null, note);
    }

    public static ReviewChange topics(List<String> topics, String note) {
        return new ReviewChange(null, null, topics, null, null, null, note);
    }

    public static ReviewChange confirm(String facilityId, String note) {
        return new ReviewChange(null, null, null, facilityId, null, null, note);
    }

    public static ReviewChange reject(String facilityId, String note) {
        return new ReviewChange(null, null, null, null, facilityId, null, note);
    }

    public static ReviewChange response(ResponseStatus status, String note) {
        return new ReviewChange(null, null, null, null, null, status, note);
    }
}
