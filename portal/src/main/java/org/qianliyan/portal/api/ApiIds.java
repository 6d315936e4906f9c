package org.qianliyan.portal.api;

import org.qianliyan.portal.elasticsearch.DocumentIds;

/** Checks an {@code {id}} of the API path before any lookup: a malformed id is a bad request, not a search. */
public final class ApiIds {

    private ApiIds() {
    }

    /**
     * @param id the id from the path
     * @return the id, when it has the shape of our ids ({@link DocumentIds})
     * @throws BadApiRequestException otherwise
     */
    public static String checked(String id) {
        if (!DocumentIds.plausible(id)) {
            throw new BadApiRequestException("an id is 1 to " + DocumentIds.MAX_LENGTH
                    + " letters, digits, '.', '_', ':' or '-'"
                    + (id == null || id.length() > DocumentIds.MAX_LENGTH ? "" : ", not '" + id + "'"));
        }
        return id;
    }
}
