package org.qianliyan.portal.security.account;

import java.time.Instant;

/**
 * A personal API token as listed to its owner; the secret itself is never stored.
 *
 * @param id         a short public id to name the token when revoking it
 * @param user       the owner's normalised name
 * @param label      what the owner called it, such as "briefing script"
 * @param createdAt  when it was created
 * @param lastUsedAt when it last authenticated a request (to the hour), or null
 */
public record ApiToken(String id, String user, String label, Instant createdAt, Instant lastUsedAt) {
}
