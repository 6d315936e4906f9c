package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.api.ApiNotFoundException;
import org.qianliyan.portal.api.BadApiRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff review API: {@code GET /api/v1/staff/posts/{id}} (the post with its review),
 * {@code POST /api/v1/staff/posts/{id}/review} with any of {@code complaint},
 * {@code sentiment}, {@code topics}, {@code confirm_facility}, {@code reject_facility},
 * {@code response_status} (待处理/已回应/已转办/已办结 or PENDING…) and {@code note}, and
 * {@code GET /api/v1/staff/reviews/sentiment.csv}, the corrections as training data.
 */
@RestController
@RequestMapping("/api/v1/staff")
class PostReviewController {

    /** The body of a review request; absent fields are left as they are. */
    record ReviewRequest(Boolean complaint, String sentiment, List<String> topics,
            @JsonProperty("confirm_facility") String confirmFacility, @JsonProperty("reject_facility") String rejectFacility,
            @JsonProperty("response_status") String responseStatus, String note) {
    }

    private final PostReviewing reviewing;
    private final SentimentCorrections corrections;

    PostReviewController(PostReviewing reviewing, SentimentCorrections corrections) {
        this.reviewing = reviewing;
        this.corrections = corrections;
    }

    @GetMapping("/posts/{id}")
    Map<String, Object> post(@PathVariable String id) {
        return json(reviewing.find(id).orElseThrow(() -> new ApiNotFoundException("no post " + id)));
    }

    @PostMapping("/posts/{id}/review")
    Map<String, Object> review(@PathVariable String id, @RequestBody ReviewRequest request, Principal principal) {
        try {
            ReviewChange change = new ReviewChange(request.complaint(), request.sentiment(), request.topics(),
                    request.confirmFacility(), request.rejectFacility(),
                    request.responseStatus() == null ? null : ResponseStatus.parse(request.responseStatus()), request.note());
            return json(reviewing.review(id, principal.getName(), change));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("no post")) {
                throw new ApiNotFoundException(e.getMessage());
            }
            throw new BadApiRequestException(e.getMessage());
        }
    }

    @GetMapping("/reviews/sentiment.csv")
    void sentimentCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"staff-sentiment.csv\"");
        corrections.write(response.getOutputStream());
    }

    private static Map<String, Object> json(PostReviewing.Reviewed r) {
        StaffPost p = r.post();
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", p.id());
        post.put("url", p.url());
        post.put("source_id", p.sourceId());
        post.put("kind", p.kind());
        post.put("title", p.title());
        post.put("author", p.author());
        post.put("published_at", p.publishedAt() == null ? null : p.publishedAt().toString());
        post.put("text", p.text());
        post.put("html", p.safeHtml());
        post.put("sentiment", p.sentiment());
        post.put("topics", p.topics());
        post.put("complaint", p.complaint());
        post.put("places", p.places());
        post.put("facility_ids", p.facilityIds());
        post.put("facility_names", p.facilityNames());
        post.put("story_id", p.storyId());
        post.put("repost_count", p.repostCount());
        PostReview v = r.review();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("complaint", v.complaint());
        review.put("sentiment", v.sentiment());
        review.put("topics", v.topics());
        review.put("confirmed_facilities", v.confirmedFacilities());
        review.put("rejected_facilities", v.rejectedFacilities());
        review.put("response_status", v.responseStatus().chinese());
        review.put("response_note", v.responseNote());
        review.put("history", v.history().stream().map(e -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("at", e.at().toString());
            h.put("user", e.user());
            h.put("action", e.action());
            h.put("value", e.value());
            h.put("note", e.note());
            return h;
        }).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("post", post);
        body.put("review", review);
        return body;
    }
}
