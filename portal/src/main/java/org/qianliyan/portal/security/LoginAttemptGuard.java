package org.qianliyan.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits logins (docs/design-notes.md, Privacy and safety): after too many failures for one account from one
 * address, further login requests for it get HTTP 429 until the lockout has passed.
 * Keyed by account and address, so a guesser cannot lock a colleague out from elsewhere.
 */
@Component
class LoginAttemptGuard extends OncePerRequestFilter {

    private record Failures(int count, Instant lastFailure) {
    }

    private final Map<String, Failures> failuresByKey = new ConcurrentHashMap<>();
    private final StaffAccountProperties settings;
    private final Clock clock;

    LoginAttemptGuard(StaffAccountProperties settings) {
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean formLogin = "POST".equals(request.getMethod()) && request.getServletPath().equals("/login");
        return !formLogin && request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLockedOut(key(request.getRemoteAddr(), attemptedUsername(request)))) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(settings.lockout().toSeconds()));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"too many failed logins\",\"detail\":\"try again later\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        keyOf(event.getAuthentication()).ifPresent(key -> failuresByKey.merge(key,
                new Failures(1, clock.instant()), (old, fresh) -> new Failures(old.count() + 1, fresh.lastFailure())));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        keyOf(event.getAuthentication()).ifPresent(failuresByKey::remove);
    }

    boolean isLockedOut(String key) {
        Failures failures = failuresByKey.get(key);
        if (failures == null) {
            return false;
        }
        if (failures.lastFailure().plus(settings.lockout()).isBefore(clock.instant())) {
            failuresByKey.remove(key);
            return false;
        }
        return failures.count() >= settings.maxFailedLogins();
    }

    private static Optional<String> keyOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? Optional.of(key(web.getRemoteAddress(), attempt.getName()))
                : Optional.empty();
    }

    private static String key(String address, String username) {
        return address + "|" + username;
    }

    /** The username of a form login or of an HTTP Basic header. */
    private static String attemptedUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        return Objects.requireNonNullElse(request.getParameter("username"), "");
    }
}
