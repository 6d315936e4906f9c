package org.qianliyan.portal.incinerator.api;

/**
 * Where a plant's "follow" feed lives, under the plant's own API path: the incinerator feature
 * links to it from the plant page, and the follow feature serves it.
 */
public final class FacilityFeedPath {

    /** The request mapping, with the plant id as {@code {id}}. */
    public static final String PATTERN = "/api/v1/facilities/{id}/feed.atom";

    private FacilityFeedPath() {
    }

    /** The feed's path on the portal for one plant. */
    public static String of(String facilityId) {
        return PATTERN.replace("{id}", facilityId);
    }
}
