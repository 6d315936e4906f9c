package org.qianliyan.portal.api;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what one address may ask of the public {@code /api/v1/} without credentials: past
 * {@link AnonymousRateLimitProperties#requestsPerMinute()} it answers 429 with
 * {@code Retry-After} and our JSON error. Callers that send credentials (staff scripts with a
 * token or their password) are not counted here; the staff API authenticates and throttles
 * logins on its own. The address is the connection's: behind a reverse proxy, let the server
 * take the client's from the proxy's headers ({@code server.forward-headers-strategy}).
 */
@Component
class AnonymousRateLimitFilter extends OncePerRequestFilter {

    private final RequestBuckets buckets;
    private final boolean enabled;

    AnonymousRateLimitFilter(AnonymousRateLimitProperties properties) {
        this.enabled = properties.requestsPerMinute() > 0;
        this.buckets = new RequestBuckets(Math.max(1, properties.requestsPerMinute()), properties.trackedAddresses(),
                Clock.systemUTC());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long retryAfter = buckets.take(request.getRemoteAddr());
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        ApiErrorJson.write(response, HttpStatus.TOO_MANY_REQUESTS.value(),
                "too many requests from this address; try again in " + retryAfter + " s");
    }
}
