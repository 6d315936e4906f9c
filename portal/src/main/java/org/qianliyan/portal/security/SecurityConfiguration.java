package org.qianliyan.portal.security;

import java.time.Clock;
import java.util.Set;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.qianliyan.portal.security.account.ApiTokens;
import org.qianliyan.portal.security.account.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The staff API ({@code /api/v1/staff/**}) is for scripts: HTTP Basic or
 * a personal Bearer token per request, no session created, JSON 401/403, and a CSRF token
 * only when a browser calls it with its session cookie. Everything else is the portal:
 * public pages and the public API open, staff views behind the login form (which needs
 * its CSRF token), and the public API readable from other origins (CORS, {@link PublicApiCors}).
 * Both send the Content-Security-Policy and Referrer-Policy headers.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * What pages may load: only our own origin, except images (a configured map tile
     * server is any HTTPS host). Vaadin's client engine runs server-sent JavaScript through
     * {@code new Function} and bootstraps with inline scripts and styles, hence
     * {@code unsafe-eval} and {@code unsafe-inline}; no markup of ours or of crawled pages
     * reaches a page raw, and no other origin may serve scripts.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String STAFF_API = "/api/v1/staff/**";
    /** Administrators manage users, sources and data imports (docs/security.md); through the API: users, HJ 212 device mapping. */
    private static final String[] ADMIN_API = {"/api/v1/staff/users", "/api/v1/staff/users/**", "/api/v1/staff/hj212/**"};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    @Order(1)
    SecurityFilterChain staffApiChain(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens,
            UserDetailsService users, SecurityContextHolderStrategy securityContexts) throws Exception {
        JsonAuthenticationEntryPoint refusal = new JsonAuthenticationEntryPoint();
        http.securityMatcher(STAFF_API);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(ADMIN_API).hasRole(Roles.ADMIN)
                .anyRequest().hasAnyRole(Roles.STAFF, Roles.ADMIN));
        http.httpBasic(basic -> basic.authenticationEntryPoint(refusal));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(refusal)
                .accessDeniedHandler(new JsonAccessDeniedHandler()));
        // A browser's session is honoured (staff pages link to downloads), but no request here creates one.
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        http.requestCache(cache -> cache.disable());
        // Credentials in a header cannot be forged cross-site; a session cookie can, so it needs the token.
        // Without either, the caller is anonymous and gets the 401 rather than a CSRF refusal.
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null && request.getRequestedSessionId() != null));
        http.addFilterBefore(throttle, BasicAuthenticationFilter.class);
        http.addFilterBefore(new BearerTokenFilter(tokens, users, refusal, securityContexts),
                BasicAuthenticationFilter.class);
        securityHeaders(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalChain(HttpSecurity http, LoginThrottle throttle, RequestUtil vaadinRequests,
            ApiTokens tokens, UserDetailsService users, SecurityContextHolderStrategy securityContexts,
            PublicApiCorsProperties cors) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/**", "/actuator/health/**", "/actuator/health", "/actuator/info",
                        "/webjars/**", "/styles/**", "/scripts/**", "/images/**", "/error",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; the login form must carry Spring's (login CSRF).
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**")
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        // The public API tells staff more (search shows them social posts), so it takes the staff API's
        // credentials too; the throttle sits before both the form login and Basic.
        JsonAuthenticationEntryPoint refusal = new JsonAuthenticationEntryPoint();
        http.httpBasic(basic -> basic.authenticationEntryPoint(refusal));
        http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new BearerTokenFilter(tokens, users, refusal, securityContexts),
                BasicAuthenticationFilter.class);
        // Other sites' pages may read the public API (open data); the staff chain above has no CORS at all.
        http.cors(corsConfigurer -> corsConfigurer.configurationSource(new PublicApiCors(cors)));
        securityHeaders(http);
        return http.build();
    }

    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    @Bean
    LoginThrottle loginThrottle(StaffAccountProperties settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    @Bean
    LoginRecorder loginRecorder(UserAccounts accounts) {
        return new LoginRecorder(accounts);
    }

    @Bean
    UserDetailsService staffUsers(UserAccounts accounts, StaffAccountProperties settings) {
        if (settings.adminPasswordHash() == null || settings.adminPasswordHash().isBlank()) {
            log.warn("No bootstrap administrator configured: unless staff accounts exist, nobody can log in. Set"
                    + " QIANLIYAN_SECURITY_ADMIN_PASSWORD_HASH to a BCrypt hash, or run 'user add' (see README, 'Staff login').");
        }
        return new StaffUserDetailsService(accounts, settings);
    }
}
