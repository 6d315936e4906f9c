package org.qianliyan.portal.opinion.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.opinion.posts.InvalidFilterException;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.OpinionSummaryService;
import org.qianliyan.portal.opinion.posts.PostCsv;
import org.qianliyan.portal.opinion.posts.PostPage;
import org.qianliyan.portal.opinion.posts.PostSearch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff opinion API (DESIGN §10): {@code GET /api/v1/staff/opinion/summary} with the
 * dashboard's figures and {@code GET /api/v1/staff/posts} with the posts behind them, both
 * taking the filter parameters of {@link OpinionFilter}; {@code format=csv} on the list.
 */
@RestController
@RequestMapping("/api/v1/staff")
class OpinionApiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpinionSummaryService summaries;
    private final PostSearch posts;
    private final Clock clock;

    OpinionApiController(OpinionSummaryService summaries, PostSearch posts) {
        this.summaries = summaries;
        this.posts = posts;
        this.clock = Clock.system(OpinionFilter.ZONE);
    }

    @GetMapping("/opinion/summary")
    OpinionSummary summary(@RequestParam Map<String, String> parameters) {
        return summaries.summarize(filter(parameters));
    }

    @GetMapping("/posts")
    ResponseEntity<?> posts(@RequestParam Map<String, String> parameters) {
        OpinionFilter filter = filter(parameters);
        try {
            if ("csv".equalsIgnoreCase(parameters.getOrDefault("format", "json"))) {
                return ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"posts.csv\"")
                        .body(PostCsv.of(posts, filter));
            }
            if (!"json".equalsIgnoreCase(parameters.getOrDefault("format", "json"))) {
                throw new BadApiRequestException("parameter 'format' must be json or csv, got '" + parameters.get("format") + "'");
            }
            PostPage page = posts.page(filter, integer(parameters, "page", 0), integer(parameters, "size", 50));
            return ResponseEntity.ok(page);
        } catch (InvalidFilterException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    private OpinionFilter filter(Map<String, String> parameters) {
        try {
            return OpinionFilter.parse(parameters, LocalDate.now(clock));
        } catch (InvalidFilterException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    private static int integer(Map<String, String> parameters, String name, int fallback) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadApiRequestException("parameter '" + name + "' must be a whole number, got '" + value + "'");
        }
    }
}
