package org.qianliyan.portal.enforcement.domain;

import java.util.ArrayList;
import java.util.List;

/** An import file whose header row does not fit the case schema; the message names every problem. */
public class InvalidHeaderException extends RuntimeException {

    private final List<String> unknown;
    private final List<String> missing;
    private final List<String> duplicate;

    public InvalidHeaderException(List<String> unknown, List<String> missing, List<String> duplicate) {
        super(describe(unknown, missing, duplicate));
        this.unknown = unknown;
        this.missing = missing;
        this.duplicate = duplicate;
    }

    public List<String> unknown() {
        return unknown;
    }

    public List<String> missing() {
        return missing;
    }

    public List<String> duplicate() {
        return duplicate;
    }

    private static String describe(List<String> unknown, List<String> missing, List<String> duplicate) {
        List<String> parts = new ArrayList<>();
        if (!unknown.isEmpty()) {
            parts.add("unknown columns " + String.join(", ", unknown));
        }
        if (!missing.isEmpty()) {
            parts.add("missing columns " + String.join(", ", missing));
        }
        if (!duplicate.isEmpty()) {
            parts.add("duplicate columns " + String.join(", ", duplicate));
        }
        return "header row: " + String.join("; ", parts);
    }
}
