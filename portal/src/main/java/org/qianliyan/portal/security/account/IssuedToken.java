package org.qianliyan.portal.security.account;

/**
 * A token just created: {@code secret} is shown to its owner this once and never again.
 *
 * @param token  the stored description
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {
}
