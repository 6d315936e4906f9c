package org.qianliyan.portal.opinion.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.opinion.intake.PostFields;

/** Corrections laid over a freshly analysed post, as the pipeline does on a recrawl. */
class ReviewOverlayTest {

    @Test
    void corrections_replace_the_analysis_and_facility_links_follow_the_review() {
        PostReview review = new PostReview("p1", true, "NEGATIVE", List.of("ODOUR"), List.of("plant-b"), List.of("plant-a"),
                ResponseStatus.FORWARDED, "", List.of());
        Map<String, Object> post = new HashMap<>(Map.of(PostFields.COMPLAINT, false, PostFields.SENTIMENT, "POSITIVE",
                PostFields.TOPICS, List.of("AIR"), PostFields.FACILITY_IDS, List.of("plant-a", "plant-c")));

        ReviewOverlay.overlay(review, post);

        assertThat(post).containsEntry(PostFields.COMPLAINT, true).containsEntry(PostFields.SENTIMENT, "NEGATIVE")
                .containsEntry(PostFields.TOPICS, List.of("ODOUR"))
                .containsEntry(PostFields.FACILITY_IDS, List.of("plant-c", "plant-b"));
    }

    @Test
    void a_review_without_corrections_leaves_the_analysis_alone() {
        Map<String, Object> post = new HashMap<>(Map.of(PostFields.COMPLAINT, false, PostFields.SENTIMENT, "POSITIVE",
                PostFields.FACILITY_IDS, List.of("plant-a")));
        Map<String, Object> before = Map.copyOf(post);

        ReviewOverlay.overlay(PostReview.none("p1"), post);

        assertThat(post).isEqualTo(before);
    }
}
