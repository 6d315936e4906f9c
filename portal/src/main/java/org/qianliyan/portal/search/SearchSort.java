package org.qianliyan.portal.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How results are ordered: best match, newest first, or largest penalty first. */
public enum SearchSort {
    RELEVANCE, DATE, AMOUNT;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SearchSort> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(sort -> sort.parameter().equals(parameter)).findFirst();
    }
}
