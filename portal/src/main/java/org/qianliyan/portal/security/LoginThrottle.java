package org.qianliyan.portal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.security.account.AccountName;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits password logins (docs/design-notes.md, Privacy and safety), by form or HTTP
 * Basic. Every attempt is counted before its password is checked, atomically, so a hundred
 * parallel guesses get at most {@code max-failed-logins} checks; a successful login takes
 * its own attempt back.
 *
 * <p>Two counters: per account at an address (the account name normalised, so
 * {@code Admin} and {@code ADMIN} share five guesses; keyed with the address so a guesser
 * elsewhere cannot lock a colleague out), and per address across all accounts (so a
 * guesser cannot spray one password over many names). Over either limit the request gets
 * HTTP 429 until the lock-out has passed since the last attempt.
 */
class LoginThrottle extends OncePerRequestFilter {

    private record Attempts(int count, Instant last) {
    }

    private final Map<String, Attempts> attempts = new HashMap<>();
    private final StaffAccountProperties settings;
    private final Clock clock;

    LoginThrottle(StaffAccountProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean formLogin = "POST".equals(request.getMethod()) && request.getServletPath().equals("/login");
        return !formLogin && basicCredentials(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit(AccountName.normalise(attemptedUsername(request)), request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(settings.lockout().toSeconds()));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"too many failed logins\",\"detail\":\"try again later\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts one attempt on both counters, or neither when either is at its limit. */
    synchronized boolean admit(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account, address);
        String addressKey = addressKey(address);
        if (current(accountKey, now) >= settings.maxFailedLogins()
                || current(addressKey, now) >= settings.maxFailedLoginsPerAddress()) {
            return false;
        }
        attempts.put(accountKey, new Attempts(current(accountKey, now) + 1, now));
        attempts.put(addressKey, new Attempts(current(addressKey, now) + 1, now));
        return true;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            succeeded(AccountName.normalise(event.getAuthentication().getName()), web.getRemoteAddress());
        }
    }

    /** A correct password clears the account's failures and takes its attempt off the address. */
    synchronized void succeeded(String account, String address) {
        attempts.remove(accountKey(account, address));
        Attempts atAddress = attempts.get(addressKey(address));
        if (atAddress != null) {
            if (atAddress.count() <= 1) {
                attempts.remove(addressKey(address));
            } else {
                attempts.put(addressKey(address), new Attempts(atAddress.count() - 1, atAddress.last()));
            }
        }
    }

    private int current(String key, Instant now) {
        Attempts counted = attempts.get(key);
        if (counted == null) {
            return 0;
        }
        if (counted.last().plus(settings.lockout()).isBefore(now)) {
            attempts.remove(key);
            return 0;
        }
        return counted.count();
    }

    private static String accountKey(String account, String address) {
        return "account:" + account + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The username of a form login or of an HTTP Basic header. */
    private static String attemptedUsername(HttpServletRequest request) {
        String basic = basicCredentials(request);
        if (basic != null) {
            try {
                String decoded = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        return Objects.requireNonNullElse(request.getParameter("username"), "");
    }

    private static String basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) ? header.substring(6).trim() : null;
    }
}
