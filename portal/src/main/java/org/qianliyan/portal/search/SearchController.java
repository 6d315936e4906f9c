package org.qianliyan.portal.search;

import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.search.syntax.QuerySyntaxException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=…}: plants, cases and articles matching a query in the search
 * syntax (docs/search.md), one ranked page with facets, highlights and the cursor of the
 * next page. A query or parameter we cannot use is a 400 saying where and why.
 */
@RestController
class SearchController {

    private final SearchService search;
    private final SearchAudience audience;

    SearchController(SearchService search, SearchAudience audience) {
        this.search = search;
        this.audience = audience;
    }

    @GetMapping("/api/v1/search")
    SearchPage search(@RequestParam MultiValueMap<String, String> parameters) {
        SearchParameters query = SearchApiParameters.read(parameters);
        try {
            return search.search(query, audience.isStaff());
        } catch (QuerySyntaxException | InvalidSearchException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }
}
