package org.qianliyan.portal.crawl.sources;

import java.time.Instant;
import java.util.Objects;

import org.qianliyan.crawler.source.SourceProfile;

/**
 * A source as stored: its profile, and whether an anti-bot answer flagged it for staff.
 *
 * @param profile       the crawler's profile
 * @param blockedReason what the anti-bot answer was, or null when not flagged
 * @param blockedAt     when it was flagged, or null
 * @param updatedAt     when staff or the command line last saved it
 */
public record SourceRecord(SourceProfile profile, String blockedReason, Instant blockedAt, Instant updatedAt) {

    /** Checks the profile is there. */
    public SourceRecord {
        Objects.requireNonNull(profile, "profile");
    }

    /** @return the source's id */
    public String id() {
        return profile.id();
    }

    /** @return whether an anti-bot answer flagged it for staff */
    public boolean blocked() {
        return blockedReason != null;
    }
}
