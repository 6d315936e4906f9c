package org.qianliyan.portal.security.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of a login name that accounts, document ids and the lock-out all use:
 * NFKC (full-width letters become ASCII), trimmed, lower case. {@code Admin}, {@code ADMIN}
 * and {@code ａｄｍｉｎ} are the same account.
 */
public final class AccountName {

    private static final String SHAPE = "[\\p{L}\\p{N}._-]{2,64}";

    private AccountName() {
    }

    /** The normalised form of whatever was typed; never null. */
    public static String normalise(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
    }

    /** The normalised name, or a reason why it cannot name an account. */
    static String requireValid(String typed) {
        String name = normalise(typed);
        if (!name.matches(SHAPE)) {
            throw new AccountException("bad-name", typed, "a user name is 2 to 64 letters, digits, '.', '_' or '-': '" + typed + "'");
        }
        return name;
    }
}
