package org.qianliyan.portal.search;

import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.search.syntax.SearchExpression;
import org.qianliyan.portal.search.syntax.SearchField;
import org.springframework.stereotype.Service;

/**
 * The coverage of one plant for its page and its feed (incinerator feature): the articles linked to
 * it, newest first, as the caller may read them. The public gets articles of institutional sources
 * and only the number of individual social posts (DESIGN §8); staff get every post. It is the
 * search of {@code facility:{id}} over articles, so it draws the line exactly where search does.
 * Use {@link FacilityCoveragePanel} to show it.
 */
@Service
public class FacilityCoverage {

    private final SearchService search;
    private final SearchAudience audience;

    FacilityCoverage(SearchService search, SearchAudience audience) {
        this.search = search;
        this.audience = audience;
    }

    /** Up to {@code size} articles linked to {@code facilityId}, newest first; {@code socialPosts} counts the rest for the public. */
    public SearchPage newest(String facilityId, int size) {
        SearchParameters parameters = new SearchParameters("facility:\"" + facilityId + "\"", Optional.of(SearchHit.Kind.POST),
                Map.of(), SearchSort.DATE, "", size);
        return search.search(parameters, new SearchExpression.FieldValue(SearchField.FACILITY, facilityId, false),
                audience.isStaff());
    }
}
