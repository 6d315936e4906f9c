package org.qianliyan.portal.enforcement.domain;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet ending in a
 * check character. Checking it catches the transposed digits that would otherwise link
 * a case to the wrong facility, or to none.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code upper-cased and folded, empty when blank. */
    public static Optional<String> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = HalfWidth.fold(text).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            throw new InvalidFieldException(field, text, "a credit code has 18 characters, not " + code.length());
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidFieldException(field, text, "character \"" + c + "\" cannot occur in a credit code");
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            throw new InvalidFieldException(field, text, "check character does not match (expected "
                    + checkCharacter(code.substring(0, 17)) + ")");
        }
        return Optional.of(code);
    }

    /** The 18th character for the first 17. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
