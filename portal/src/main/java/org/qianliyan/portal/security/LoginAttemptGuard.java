package org.qianliyan.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits logins (DESIGN §8): after too many failures from one address, login
 * requests from it get HTTP 429 until the lockout has passed.
 */
@Component
class LoginAttemptGuard extends OncePerRequestFilter {

    private record Failures(int count, Instant lastFailure) {
    }

    private final Map<String, Failures> failuresByAddress = new ConcurrentHashMap<>();
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
        if (isLockedOut(request.getRemoteAddr())) {
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
        addressOf(event.getAuthentication().getDetails()).ifPresent(address -> failuresByAddress.merge(address,
                new Failures(1, clock.instant()), (old, fresh) -> new Failures(old.count() + 1, fresh.lastFailure())));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        addressOf(event.getAuthentication().getDetails()).ifPresent(failuresByAddress::remove);
    }

    boolean isLockedOut(String address) {
        Failures failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        if (failures.lastFailure().plus(settings.lockout()).isBefore(clock.instant())) {
            failuresByAddress.remove(address);
            return false;
        }
        return failures.count() >= settings.maxFailedLogins();
    }

    private static java.util.Optional<String> addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web
                ? java.util.Optional.ofNullable(web.getRemoteAddress())
                : java.util.Optional.empty();
    }
}
