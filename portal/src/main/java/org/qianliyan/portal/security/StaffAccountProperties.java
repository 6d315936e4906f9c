package org.qianliyan.portal.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.security.*}: the administrator account until user management exists.
 *
 * @param adminUsername      the administrator's login name
 * @param adminPasswordHash  BCrypt hash of the password; set it through the environment
 *                           variable {@code QIANLIYAN_SECURITY_ADMIN_PASSWORD_HASH}, never in a file
 * @param maxFailedLogins    failed logins from one address before it must wait
 * @param lockout            how long it waits
 */
@Validated
@ConfigurationProperties("qianliyan.security")
public record StaffAccountProperties(
        @DefaultValue("admin") @NotBlank String adminUsername,
        String adminPasswordHash,
        @DefaultValue("5") @Min(1) int maxFailedLogins,
        @DefaultValue("5m") Duration lockout) {
}
