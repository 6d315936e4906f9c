package org.qianliyan.portal.opinion.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.qianliyan.portal.opinion.review.PostReview.ReviewEvent;

/**
 * Staff review of posts: read a post with its review; apply a change (complaint, sentiment,
 * topics, facility links, response status) to the review, record it in the history, and put
 * the corrections on the post document so counts reflect them at once.
 */
public class PostReviewing {

    private static final Set<String> SENTIMENTS = Set.of("POSITIVE", "NEUTRAL", "NEGATIVE");
    private static final Set<String> TOPICS = Set.of("AIR", "WATER", "SOIL", "SOLID_WASTE", "NOISE", "ODOUR", "ECOLOGY",
            "RADIATION", "OTHER");
    private static final int MAX_ATTEMPTS = 10;

    /** A post with its review. */
    public record Reviewed(StaffPost post, PostReview review) {
    }

    private final StaffPostIndex posts;
    private final ReviewStore reviews;
    private final Clock clock;

    PostReviewing(StaffPostIndex posts, ReviewStore reviews, Clock clock) {
        this.posts = posts;
        this.reviews = reviews;
        this.clock = clock;
    }

    public Optional<Reviewed> find(String postId) {
        return posts.find(postId).map(p -> new Reviewed(p, reviews.readOrNone(postId).review()));
    }

    /**
     * @return the post and its review after the change
     * @throws IllegalArgumentException when the post does not exist or a value is not allowed
     */
    public Reviewed review(String postId, String user, ReviewChange change) {
        StaffPost post = posts.find(postId).orElseThrow(() -> new IllegalArgumentException("no post " + postId));
        validate(change, post);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ReviewStore.Versioned read = reviews.readOrNone(postId);
            PostReview next = apply(read.review(), change, user, clock.instant());
            List<String> facilities = next.facilities(post.facilityIds());
            List<String> topics = next.topics() == null ? post.topics() : next.topics();
            if (reviews.write(read, next, facilities, topics, post.publishedAt(), clock.instant())) {
                posts.update(postId, ReviewOverlay.fields(next, post.facilityIds()));
                return find(postId).orElseThrow();
            }
        }
        throw new IllegalStateException("The review of post " + postId + " changed " + MAX_ATTEMPTS + " times while saving");
    }

    private static void validate(ReviewChange c, StaffPost post) {
        if (c.sentiment() != null && !SENTIMENTS.contains(c.sentiment())) {
            throw new IllegalArgumentException("sentiment must be POSITIVE, NEUTRAL or NEGATIVE, was " + c.sentiment());
        }
        if (c.topics() != null && !TOPICS.containsAll(c.topics())) {
            throw new IllegalArgumentException("topics must be among " + TOPICS + ", were " + c.topics());
        }
        for (String facility : new String[]{c.confirmFacility(), c.rejectFacility()}) {
            if (facility != null && facility.isBlank()) {
                throw new IllegalArgumentException("a facility id is empty");
            }
        }
        if (c.rejectFacility() != null && !post.facilityIds().contains(c.rejectFacility())) {
            throw new IllegalArgumentException("post " + post.id() + " is not linked to facility " + c.rejectFacility());
        }
    }

    private static PostReview apply(PostReview r, ReviewChange c, String user, Instant now) {
        String note = c.note() == null ? "" : c.note().strip();
        List<ReviewEvent> events = new ArrayList<>();
        Boolean complaint = r.complaint();
        if (c.complaint() != null) {
            complaint = c.complaint();
            events.add(new ReviewEvent(now, user, c.complaint() ? "mark-complaint" : "unmark-complaint", "", note));
        }
        String sentiment = r.sentiment();
        if (c.sentiment() != null) {
            sentiment = c.sentiment();
            events.add(new ReviewEvent(now, user, "sentiment", sentiment, note));
        }
        List<String> topics = r.topics();
        if (c.topics() != null) {
            topics = c.topics().stream().sorted().distinct().toList();
            events.add(new ReviewEvent(now, user, "topics", String.join(",", topics), note));
        }
        List<String> confirmed = new ArrayList<>(r.confirmedFacilities());
        List<String> rejected = new ArrayList<>(r.rejectedFacilities());
        if (c.confirmFacility() != null) {
            rejected.remove(c.confirmFacility());
            if (!confirmed.contains(c.confirmFacility())) {
                confirmed.add(c.confirmFacility());
            }
            events.add(new ReviewEvent(now, user, "confirm-facility", c.confirmFacility(), note));
        }
        if (c.rejectFacility() != null) {
            confirmed.remove(c.rejectFacility());
            if (!rejected.contains(c.rejectFacility())) {
                rejected.add(c.rejectFacility());
            }
            events.add(new ReviewEvent(now, user, "reject-facility", c.rejectFacility(), note));
        }
        ResponseStatus status = r.responseStatus();
        String responseNote = r.responseNote();
        if (c.responseStatus() != null) {
            status = c.responseStatus();
            responseNote = note;
            events.add(new ReviewEvent(now, user, "response", status.name().toLowerCase(Locale.ROOT), note));
        }
        if (events.isEmpty() && !note.isEmpty()) {
            events.add(new ReviewEvent(now, user, "note", "", note));
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to change: give complaint, sentiment, topics, confirm_facility, "
                    + "reject_facility, response_status or note");
        }
        return r.with(complaint, sentiment, topics, confirmed, rejected, status, responseNote, events);
    }
}
