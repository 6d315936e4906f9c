package org.qianliyan.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The URLs of a search: its page, and its CSV, XLSX and Atom exports with the same parameters. */
public final class SearchLinks {

    private SearchLinks() {
    }

    public static String page(SearchParameters parameters) {
        return "search?" + queryString(parameters.toParameters());
    }

    /** {@code format} is {@code csv}, {@code xlsx} or {@code atom}; the cursor and size are left out (an export is the whole set). */
    public static String export(SearchParameters parameters, String format) {
        Map<String, List<String>> all = parameters.withCursor("").toParameters();
        all.remove("size");
        return "/api/v1/search." + format + "?" + queryString(all);
    }

    static String queryString(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(value -> encode(e.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
