package org.qianliyan.portal.security.account;

import java.time.Instant;

/**
 * A staff account as stored in the {@code users} index.
 *
 * @param name         the normalised login name, also the document id
 * @param role         STAFF or ADMIN
 * @param passwordHash BCrypt hash; never shown, never logged
 * @param enabled      false once disabled: the user can no longer log in or use a token
 * @param createdAt    when the account was added
 * @param lastLoginAt  the last interactive login, or null
 */
public record StaffUser(String name, StaffRole role, String passwordHash, boolean enabled, Instant createdAt,
        Instant lastLoginAt) {

    StaffUser withRole(StaffRole newRole) {
        return new StaffUser(name, newRole, passwordHash, enabled, createdAt, lastLoginAt);
    }

    StaffUser withPasswordHash(String newHash) {
        return new StaffUser(name, role, newHash, enabled, createdAt, lastLoginAt);
    }

    StaffUser withEnabled(boolean nowEnabled) {
        return new StaffUser(name, role, passwordHash, nowEnabled, createdAt, lastLoginAt);
    }

    StaffUser withLastLoginAt(Instant at) {
        return new StaffUser(name, role, passwordHash, enabled, createdAt, at);
    }
}
