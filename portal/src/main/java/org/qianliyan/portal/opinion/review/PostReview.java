package org.qianliyan.portal.opinion.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Staff's review of one post, kept apart from the post (keyed by its id) so a recrawl that
 * rewrites the post keeps it. A null correction means "as the analysis says".
 *
 * @param postId              the post
 * @param complaint           marked (true) or unmarked (false) as a complaint, or null
 * @param sentiment           corrected sentiment ({@code POSITIVE}, {@code NEUTRAL}, {@code NEGATIVE}), or null
 * @param topics              corrected topics, or null
 * @param confirmedFacilities facility links staff confirmed
 * @param rejectedFacilities  facility links staff rejected
 * @param responseStatus      the response's state
 * @param responseNote        the last note on the response, or empty
 * @param history             every change, oldest first
 */
public record PostReview(String postId, Boolean complaint, String sentiment, List<String> topics,
        List<String> confirmedFacilities, List<String> rejectedFacilities, ResponseStatus responseStatus, String responseNote,
        List<ReviewEvent> history) {

    /**
     * One change.
     *
     * @param at     when
     * @param user   who
     * @param action what changed, such as {@code complaint}, {@code sentiment}, {@code confirm-facility}
     * @param value  the new value
     * @param note   the note, or empty
     */
    public record ReviewEvent(Instant at, String user, String action, String value, String note) {
    }

    /** The review of a post nobody has reviewed yet. */
    public static PostReview none(String postId) {
        return new PostReview(postId, null, null, null, List.of(), List.of(), ResponseStatus.PENDING, "", List.of());
    }

    /** @return the facility ids the post is about after review: the analysis's minus rejected plus confirmed */
    public List<String> facilities(List<String> analysed) {
        Set<String> ids = new LinkedHashSet<>(analysed);
        ids.removeAll(rejectedFacilities);
        ids.addAll(confirmedFacilities);
        return List.copyOf(ids);
    }

    PostReview with(Boolean newComplaint, String newSentiment, List<String> newTopics, List<String> confirmed,
            List<String> rejected, ResponseStatus status, String note, List<ReviewEvent> events) {
        List<ReviewEvent> all = new ArrayList<>(history);
        all.addAll(events);
        return new PostReview(postId, newComplaint, newSentiment, newTopics, List.copyOf(confirmed), List.copyOf(rejected),
                status, note, List.copyOf(all));
    }
}
