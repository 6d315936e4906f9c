package org.qianliyan.portal.search;

import org.qianliyan.portal.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the caller is staff (signed in with the staff or admin role, on the page or with
 * HTTP Basic on the API) and so may read individual social posts and their sentiment.
 */
@Component
public class SearchAudience {

    public boolean isStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.STAFF) || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }
}
