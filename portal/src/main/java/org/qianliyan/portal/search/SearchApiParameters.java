package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qianliyan.portal.api.BadApiRequestException;
import org.springframework.util.MultiValueMap;

/** The search parameters of an API request (search, exports, feed), or a 400 saying what is wrong; {@code q} is required. */
public final class SearchApiParameters {

    private SearchApiParameters() {
    }

    public static SearchParameters read(MultiValueMap<String, String> parameters) {
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
