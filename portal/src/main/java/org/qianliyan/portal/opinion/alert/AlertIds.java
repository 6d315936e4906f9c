package org.qianliyan.portal.opinion.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic alert ids: the same kind, subject and window always give the same id. */
final class AlertIds {

    private AlertIds() {
    }

    static String of(AlertKind kind, String subject, String window) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.code() + '\n' + subject + '\n' + window).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
