package org.qianliyan.portal.incinerator.hj212;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.hj212.*}.
 *
 * @param port        TCP port of the HJ 212 receiver; 0 (the default) leaves it off
 * @param connections most data loggers connected at once
 */
@Validated
@ConfigurationProperties("qianliyan.hj212")
public record Hj212Properties(@DefaultValue("0") @Min(0) @Max(65535) int port,
                              @DefaultValue("64") @Min(1) int connections) {
}
