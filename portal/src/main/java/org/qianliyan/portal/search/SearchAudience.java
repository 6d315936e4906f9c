package org.qianliyan.portal.search;

import org.qianliyan.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Whether the caller is staff (signed in with the staff or admin role, on the page or with
 * HTTP Basic or a token on the API) and so may read individual social posts and their sentiment.
 */
@Component
public class SearchAudience {

    /**
     * The application context's own strategy, which the security filters write: the static
     * {@code SecurityContextHolder} belongs to whichever context set it last. One-shot commands
     * have no web security and so no such bean; there nobody is staff.
     */
    private final SecurityContextHolderStrategy securityContexts;

    SearchAudience(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public boolean isStaff() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.STAFF) || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }
}
