package org.qianliyan.portal.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.security.account.ApiToken;
import org.qianliyan.portal.security.account.ApiTokens;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the staff API: the request acts as the token's
 * owner with the owner's current role, for this request only (nothing goes to a session).
 * A wrong or revoked token, or one whose owner is disabled, gets the JSON 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final AuthenticationEntryPoint refusal;
    /**
     * The application context's own strategy, which the authorisation filter reads: the
     * static {@code SecurityContextHolder} belongs to whichever context set it last (tests
     * start several portals in one JVM).
     */
    private final SecurityContextHolderStrategy securityContexts;

    BearerTokenFilter(ApiTokens tokens, UserDetailsService users, AuthenticationEntryPoint refusal,
            SecurityContextHolderStrategy securityContexts) {
        this.tokens = tokens;
        this.users = users;
        this.refusal = refusal;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            UserDetails owner = owner(header.substring(BEARER.length()).trim());
            var authentication = UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null,
                    owner.getAuthorities());
            var context = securityContexts.createEmptyContext();
            context.setAuthentication(authentication);
            securityContexts.setContext(context);
            chain.doFilter(request, response);
        } catch (AuthenticationException refused) {
            securityContexts.clearContext();
            refusal.commence(request, response, refused);
        }
    }

    private UserDetails owner(String secret) {
        Optional<ApiToken> token = tokens.authenticate(secret);
        if (token.isEmpty()) {
            throw new BadCredentialsException("unknown or revoked token");
        }
        UserDetails owner;
        try {
            owner = users.loadUserByUsername(token.get().user());
        } catch (UsernameNotFoundException gone) {
            throw new BadCredentialsException("the token's owner no longer exists");
        }
        if (!owner.isEnabled()) {
            throw new DisabledException("the token's owner is disabled");
        }
        return owner;
    }
}
