package org.qianliyan.portal.security.account;

import java.util.Locale;

import org.qianliyan.portal.security.Roles;

/** What a user may do: publicity staff, or an administrator who also manages users and sources. */
public enum StaffRole {
    STAFF(Roles.STAFF),
    ADMIN(Roles.ADMIN, Roles.STAFF);

    private final String[] grantedRoles;

    StaffRole(String... grantedRoles) {
        this.grantedRoles = grantedRoles;
    }

    /** The Spring Security roles this role grants (an administrator is also staff). */
    public String[] grantedRoles() {
        return grantedRoles.clone();
    }

    /** {@code staff} or {@code admin}, in any case. */
    public static StaffRole parse(String text) {
        try {
            return valueOf(AccountName.normalise(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AccountException("bad-role", text, "the role is staff or admin, not '" + text + "'");
        }
    }
}
