package org.qianliyan.portal.security.account;

import java.time.Instant;

/** A user as shown to administrators and scripts: everything but the password hash. */
public record UserSummary(String name, String role, boolean enabled, Instant createdAt, Instant lastLoginAt) {

    public static UserSummary of(StaffUser user) {
        return new UserSummary(user.name(), user.role().name(), user.enabled(), user.createdAt(), user.lastLoginAt());
    }
}
