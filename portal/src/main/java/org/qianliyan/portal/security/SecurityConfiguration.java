package org.qianliyan.portal.security;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public pages and the public API are open; the staff section, the staff API and every
 * view marked {@code @RolesAllowed} need a login. The one administrator comes from
 * configuration with a BCrypt hash; there is never a default password.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttemptGuard loginAttempts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/v1/staff/**").hasAnyRole(Roles.STAFF, Roles.ADMIN)
                .requestMatchers("/api/**", "/actuator/health/**", "/actuator/health", "/actuator/info",
                        "/webjars/**", "/styles/**", "/scripts/**", "/images/**", "/error",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.httpBasic(basic -> basic.authenticationEntryPoint(new JsonAuthenticationEntryPoint()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(loginAttempts, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService administrators(StaffAccountProperties accounts) {
        List<UserDetails> users = new ArrayList<>();
        if (accounts.adminPasswordHash() == null || accounts.adminPasswordHash().isBlank()) {
            log.warn("No administrator configured: the staff section cannot be entered. Set QIANLIYAN_SECURITY_ADMIN_PASSWORD_HASH"
                    + " to a BCrypt hash (see README, 'Staff login').");
        } else {
            users.add(User.withUsername(accounts.adminUsername())
                    .password(accounts.adminPasswordHash())
                    .roles(Roles.ADMIN, Roles.STAFF)
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
