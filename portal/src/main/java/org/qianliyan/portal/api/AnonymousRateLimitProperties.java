package org.qianliyan.portal.api;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.api.anonymous-rate-limit.*}: how much of the public API one address may use
 * without credentials.
 *
 * @param requestsPerMinute requests per minute and address, as a bucket that refills evenly
 *                          (a burst of this many is allowed); 0 turns the limit off
 * @param trackedAddresses  at most this many addresses are remembered; beyond it the least
 *                          recently seen are forgotten (they start again with a full bucket)
 */
@Validated
@ConfigurationProperties("qianliyan.api.anonymous-rate-limit")
public record AnonymousRateLimitProperties(@DefaultValue("300") @Min(0) int requestsPerMinute,
                                           @DefaultValue("10000") @Min(1) int trackedAddresses) {
}
