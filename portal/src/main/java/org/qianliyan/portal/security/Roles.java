package org.qianliyan.portal.security;

/** Role names for {@code @RolesAllowed} and request rules. */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
