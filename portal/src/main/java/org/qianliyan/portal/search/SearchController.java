package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        SearchParameters query = parameters(parameters);
        try {
            return search.search(query, audience.isStaff());
        } catch (QuerySyntaxException | InvalidSearchException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    /** The search parameters of an API request, or a 400: {@code q} is required. */
    static SearchParameters parameters(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> copy = parameters.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        if (copy.getOrDefault("q", List.of()).stream().allMatch(String::isBlank)) {
            throw new BadApiRequestException("parameter 'q' must not be blank");
        }
        try {
            return SearchParameters.fromParameters(copy);
        } catch (InvalidSearchException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }
}
