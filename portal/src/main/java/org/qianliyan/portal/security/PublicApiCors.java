package org.qianliyan.portal.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Cross-origin reading of the public API: {@code GET} and {@code HEAD} under {@code /api/v1/}
 * from the configured origins, without credentials (no cookies, and no {@code Authorization}
 * header may be sent cross-origin: a staff token is for scripts, not for other sites' pages).
 * The staff API gets no allowance here even if a chain asks; its own chain does not ask.
 * Preflights are answered by Spring Security's {@code CorsFilter}; an answer's
 * {@code Retry-After} (rate limit) and {@code X-Total-Count} (exports) stay readable.
 */
final class PublicApiCors implements CorsConfigurationSource {

    private static final String PUBLIC_API = "/api/v1/";
    private static final String STAFF_API = "/api/v1/staff";
    /** Browsers cache a preflight's answer at most this long (Chromium caps it at 2 hours). */
    private static final Duration PREFLIGHT_CACHE = Duration.ofHours(1);

    private final CorsConfiguration configuration = new CorsConfiguration();

    PublicApiCors(PublicApiCorsProperties properties) {
        configuration.setAllowedOrigins(properties.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "HEAD"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.CONTENT_LANGUAGE));
        configuration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, "X-Total-Count",
                HttpHeaders.CONTENT_DISPOSITION));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(PREFLIGHT_CACHE);
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean staff = path.equals(STAFF_API) || path.startsWith(STAFF_API + "/");
        return path.startsWith(PUBLIC_API) && !staff ? configuration : null;
    }
}
