package org.qianliyan.portal.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.security.*}: the bootstrap administrator and the login throttle.
 *
 * @param adminUsername             the bootstrap administrator's login name
 * @param adminPasswordHash         BCrypt hash of its password; set it through the environment
 *                                  variable {@code QIANLIYAN_SECURITY_ADMIN_PASSWORD_HASH}, never in a file
 * @param maxFailedLogins           login attempts for one account from one address before it must wait
 * @param maxFailedLoginsPerAddress login attempts from one address, whatever the account, before it must wait
 * @param lockout                   how long it waits after the last attempt
 */
@Validated
@ConfigurationProperties("qianliyan.security")
public record StaffAccountProperties(
        @DefaultValue("admin") @NotBlank String adminUsername,
        String adminPasswordHash,
        @DefaultValue("5") @Min(1) int maxFailedLogins,
        @DefaultValue("20") @Min(1) int maxFailedLoginsPerAddress,
        @DefaultValue("5m") Duration lockout) {
}
