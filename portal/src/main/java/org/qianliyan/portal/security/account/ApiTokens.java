package org.qianliyan.portal.security.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal API tokens for scripts: 256 random bits, shown once, stored as their SHA-256
 * (a secret of that strength needs no slow hash). A token acts as its owner with the
 * owner's current role; a disabled owner's tokens stop working with the owner.
 */
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final String PREFIX = "qly_";
    private static final int LABEL_MAX = 100;
    /** How stale "last used" may get, so a busy script does not write on every request. */
    private static final Duration LAST_USED_GRAIN = Duration.ofHours(1);

    private final ApiTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates a token for {@code user}; the returned secret is not stored anywhere. */
    public IssuedToken create(String user, String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_MAX) {
            throw new AccountException("bad-label", "", "a token needs a label of 1 to " + LABEL_MAX + " characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = sha256(secret);
        ApiToken token = new ApiToken(hash.substring(0, 16), AccountName.normalise(user), trimmed, clock.instant(), null);
        tokens.create(hash, token);
        log.info("User {} created API token {}", token.user(), token.id());
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> list(String user) {
        return tokens.findByUser(AccountName.normalise(user));
    }

    /** Revokes the user's own token {@code id}; refuses an id that is not theirs. */
    public void revoke(String user, String id) {
        if (!tokens.delete(AccountName.normalise(user), id)) {
            throw new AccountException("no-token", id, "no token '" + id + "' of " + AccountName.normalise(user));
        }
        log.info("User {} revoked API token {}", AccountName.normalise(user), id);
    }

    /** The token that {@code secret} is, if it exists; records its use. */
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Optional<ApiToken> token = tokens.findBySecretHash(hash);
        Instant now = clock.instant();
        token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().plus(LAST_USED_GRAIN).isBefore(now))
                .ifPresent(t -> tokens.touch(hash, t, now));
        return token;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
