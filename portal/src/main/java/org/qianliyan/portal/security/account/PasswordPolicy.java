package org.qianliyan.portal.security.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses passwords a guesser tries first: shorter than ten characters, all of one class
 * (only digits, only letters…), containing the user's own name, or one of the most common
 * passwords. The lock-out limits online guessing; this limits what a stolen hash gives away.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    /** Why a password is refused: the reason's translation key and its English text. */
    public enum Weakness {
        TOO_SHORT("weak-short", "the password must have at least " + MIN_LENGTH + " characters"),
        COMMON("weak-common", "the password is one of the most common passwords"),
        CONTAINS_NAME("weak-name", "the password must not contain the user name"),
        ONE_CLASS("weak-one-class", "the password must mix at least two kinds of characters (letters, digits, symbols)"),
        REPETITIVE("weak-repetitive", "the password repeats too few different characters");

        private final String reason;
        private final String message;

        Weakness(String reason, String message) {
            this.reason = reason;
            this.message = message;
        }

        AccountException refusal() {
            return new AccountException(reason, "", message);
        }
    }

    /** The most common passwords of public breach lists that reach ten characters, lower case. */
    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "1234567890", "0123456789", "1qaz2wsx3edc", "qwertyuiop", "1q2w3e4r5t", "password123", "password1!",
            "iloveyou123", "qwerty1234", "qwerty12345", "abc1234567", "abcd123456", "a123456789", "aa123456789",
            "admin12345", "admin123456", "administrator", "woaini1314", "woaini520", "5201314520", "qianliyan123",
            "welcome123", "letmein123", "passw0rd123", "p@ssw0rd123", "changeme123", "11111111111", "zxcvbnm123");

    private PasswordPolicy() {
    }

    /** Why {@code password} is too weak for the user {@code name}, or empty when it is acceptable. */
    public static Optional<Weakness> weakness(String name, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower)) {
            return Optional.of(Weakness.COMMON);
        }
        String account = AccountName.normalise(name);
        if (!account.isEmpty() && AccountName.normalise(password).contains(account)) {
            return Optional.of(Weakness.CONTAINS_NAME);
        }
        if (characterClasses(password) < 2) {
            return Optional.of(Weakness.ONE_CLASS);
        }
        if (password.codePoints().distinct().count() < 4) {
            return Optional.of(Weakness.REPETITIVE);
        }
        return Optional.empty();
    }

    /** Throws {@link AccountException} with the reason when the password is too weak. */
    static void require(String name, String password) {
        weakness(name, password).ifPresent(weakness -> {
            throw weakness.refusal();
        });
    }

    private static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isDigit(cp)) {
                digit = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
