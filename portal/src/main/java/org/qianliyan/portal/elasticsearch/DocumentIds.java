package org.qianliyan.portal.elasticsearch;

import java.util.regex.Pattern;

/**
 * The shape of every document id we write (content hashes, pollution-source codes, demo ids):
 * a short run of letters, digits and {@code . _ : -}. An id of another shape names no document,
 * so it is answered without asking Elasticsearch (whose HTTP line a 5,000-character id would
 * overflow).
 */
public final class DocumentIds {

    /** Longest id we write or look up, in characters. */
    public static final int MAX_LENGTH = 128;
    private static final Pattern SHAPE = Pattern.compile("[\\p{L}\\p{N}._:\\-]{1," + MAX_LENGTH + "}");

    private DocumentIds() {
    }

    /** @return whether {@code id} could be the id of one of our documents */
    public static boolean plausible(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
