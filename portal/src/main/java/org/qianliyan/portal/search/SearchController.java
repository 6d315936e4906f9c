package org.qianliyan.portal.search;

import org.qianliyan.portal.api.BadApiRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=}: plants, cases and institutional articles matching a query. */
@RestController
class SearchController {

    private static final int MAX_PER_KIND = 100;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam("q") String query, @RequestParam(name = "size", defaultValue = "20") int size) {
        String trimmed = query.strip();
        if (trimmed.isEmpty()) {
            throw new BadApiRequestException("parameter 'q' must not be blank");
        }
        if (trimmed.length() > SearchService.MAX_QUERY_LENGTH) {
            throw new BadApiRequestException("parameter 'q' is longer than " + SearchService.MAX_QUERY_LENGTH + " characters");
        }
        if (size < 1 || size > MAX_PER_KIND) {
            throw new BadApiRequestException("parameter 'size' must be between 1 and " + MAX_PER_KIND + ", got " + size);
        }
        return search.search(trimmed, size, false);
    }
}
