package org.qianliyan.portal.security;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.api.cors.*}: which web pages on other origins may read the public API.
 *
 * @param allowedOrigins origins such as {@code https://example.org}, or {@code *} for any (the
 *                       default: the public API is open data); an empty list lets no other origin read it
 */
@Validated
@ConfigurationProperties("qianliyan.api.cors")
public record PublicApiCorsProperties(@DefaultValue("*") @NotNull List<String> allowedOrigins) {
}
