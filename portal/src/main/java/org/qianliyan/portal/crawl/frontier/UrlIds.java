package org.qianliyan.portal.crawl.frontier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic Elasticsearch ids: the SHA-256 of a canonical URL (or host), so adding a URL
 * twice, recrawling it or replaying a crawl after a crash always writes the same document.
 */
public final class UrlIds {

    private UrlIds() {
    }

    /** @return the id of the document for a canonical URL */
    public static String of(String canonicalUrl) {
        return sha256(canonicalUrl);
    }

    /** @return the id of the lease document for a host (prefixed so it never meets a URL id) */
    static String ofHost(String host) {
        return "host-" + sha256(host);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
