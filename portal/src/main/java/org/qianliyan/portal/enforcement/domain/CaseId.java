package org.qianliyan.portal.enforcement.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The document id of a case: a hash of its decision number (行政处罚决定书文号) and
 * authority (处罚机关), both folded so that 环罚〔2023〕12号 and 环罚[2023]12号 or a stray
 * full-width space give the same id. Importing the same case twice therefore overwrites it.
 */
public final class CaseId {

    private CaseId() {
    }

    public static String of(String decisionNumber, String authority) {
        String key = fold(decisionNumber) + "\u0001" + fold(authority);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static String fold(String text) {
        return HalfWidth.fold(text).replaceAll("\\s+", "")
                .replaceAll("[〔［\\[【（(]", "(")
                .replaceAll("[〕］\\]】）)]", ")");
    }
}
