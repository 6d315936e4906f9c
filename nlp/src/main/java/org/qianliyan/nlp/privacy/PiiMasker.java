package org.qianliyan.nlp.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for public display, replacing characters with {@code *} so the masked text keeps the
 * original's length (and every span stays valid): mobile numbers with or without {@code +86}, spaces or dashes
 * (first three digits kept), landlines (area code kept), ID-card numbers of 18 digits (check digit not required:
 * a mistyped number is still somebody's) and old 15-digit ones (region code kept), licence plates (province char kept),
 * e-mail addresses (first char kept), {@code @handles} (the {@code @} kept), and the building/unit/room part of
 * private street addresses (3号楼2单元501室, 12栋).
 *
 * <p>Left alone on purpose: amounts (50000元), dates and times, unified social credit codes (checked with their
 * GB 32100 check char first and protected), pollutant readings (35mg/m3, 0.1ngTEQ), coordinates, and road
 * numbers of institutional addresses (工业园区3号街).
 *
 * <p>Full-width digits and letters (１３８…) are matched as their ASCII forms, so typing a number in full width does
 * not get it past the masker. Thread-safe.
 */
public final class PiiMasker {

    private static final String NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z.\\-_])";
    private static final String NOT_ALNUM_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern CREDIT_CODE = Pattern.compile(NOT_ALNUM_BEFORE
            + "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + NOT_ALNUM_AFTER);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    /** 18 digits (the last may be X) or the old 15-digit form; no date or check-digit test, to err on hiding. */
    private static final Pattern ID_CARD = Pattern.compile(NOT_ALNUM_BEFORE
            + "[1-9](?:\\d{16}[0-9Xx]|\\d{14})" + NOT_ALNUM_AFTER);
    private static final Pattern MOBILE = Pattern.compile(NOT_ALNUM_BEFORE
            + "(?:(?:\\+|00)?86[\\- ]?|\\(\\+?86\\) ?)?1[3-9]\\d(?:[\\- ]?\\d{4}){2}" + NOT_ALNUM_AFTER);
    /** An area code (written 0531-, (0531), 0531 or +86 531) then the local number, the part masked. */
    private static final Pattern LANDLINE = Pattern.compile(NOT_ALNUM_BEFORE
            + "(?:(?:\\+|00)86[\\- ]?\\(?0?[1-9]\\d{1,2}\\)?[- ]?|\\(0\\d{2,3}\\)|0\\d{2,3}[- ]"
            + "|0\\d{2,3}(?=[2-9]\\d{7}(?![0-9])))\\s?"
            + "(?<local>[2-9]\\d{2,3}[- ]?\\d{4}(?:-\\d{1,4})?)" + NOT_ALNUM_AFTER);
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Za-hj-np-z][·•\\s]?"
                    + "[A-HJ-NP-Za-hj-np-z0-9]{4,5}[A-HJ-NP-Za-hj-np-z0-9挂学警]" + NOT_ALNUM_AFTER);
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_\\-]{2,30}");
    private static final Pattern DWELLING = Pattern.compile(
            "(?:[0-9一二三四五六七八九十]+(?:号楼|栋|幢|座))?\\s?(?:[0-9一二三四五六七八九十]+单元)?\\s?[0-9]{2,5}(?:室|房|号房)"
                    + "|[0-9一二三四五六七八九十]+(?:号楼|栋|幢)(?:[0-9一二三四五六七八九十]+单元)?");
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * @param text any text
     * @return the text with personal data replaced by {@code *}, same length
     */
    public String mask(String text) {
        if (text.isEmpty()) {
            return text;
        }
        Signals signals = Signals.scan(text);
        if (!signals.any()) {
            return text;
        }
        char[] out = text.toCharArray();
        String folded = asciiFolded(text);
        boolean[] protectedChars = new boolean[out.length];
        if (signals.longestDigitRun >= 6) {
            protect(folded, protectedChars);
        }
        if (signals.at) {
            maskAll(EMAIL, folded, out, protectedChars, 1, 0);
            maskAll(HANDLE, folded, out, protectedChars, 1, 0);
        }
        if (signals.idCardPossible()) {
            Matcher id = ID_CARD.matcher(folded);
            while (id.find()) {
                apply(out, protectedChars, id.start() + 6, id.end());
            }
        }
        if (signals.mobilePossible()) {
            maskAll(MOBILE, folded, out, protectedChars, 3, 0);
        }
        if (signals.landlinePossible()) {
            Matcher landline = LANDLINE.matcher(folded);
            while (landline.find()) {
                apply(out, protectedChars, landline.start("local"), landline.end());
            }
        }
        if (signals.plate) {
            maskAll(PLATE, folded, out, protectedChars, 2, 0);
        }
        if (signals.dwelling) {
            Matcher dwelling = DWELLING.matcher(folded);
            while (dwelling.find()) {
                for (int i = dwelling.start(); i < dwelling.end(); i++) {
                    if (Character.isDigit(folded.charAt(i)) || CHINESE_NUMERALS.indexOf(folded.charAt(i)) >= 0) {
                        apply(out, protectedChars, i, i + 1);
                    }
                }
            }
        }
        return new String(out);
    }

    /**
     * One pass over the text deciding which (costly) patterns can match at all: each test is a condition every
     * match of its pattern fulfils, so skipping a pattern never changes the result. Most posts need no pattern.
     *
     * @param digits           ASCII digits (after folding) in the text
     * @param longestDigitRun  longest run of consecutive digits
     * @param longestDigitChain longest run of digits where single spaces or dashes may stand between two digits
     *                         (138 1234-5678 is a chain of 11)
     * @param dwelling         a 室/房/号/栋/幢 right after a digit or 一..十 (3号楼, 501室)
     * @param plate            a plate province char followed by a Latin letter (鲁A)
     */
    private record Signals(boolean at, int digits, int longestDigitRun, int longestDigitChain, boolean plate,
                           boolean dwelling) {

        static Signals scan(String text) {
            boolean at = false;
            boolean plate = false;
            boolean dwelling = false;
            int digits = 0;
            int run = 0;
            int longestRun = 0;
            int chain = 0;
            int longestChain = 0;
            char previous = 0;
            char beforePrevious = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = folded(text.charAt(i));
                if (isDigit(c)) {
                    digits++;
                    longestRun = Math.max(longestRun, ++run);
                    boolean chained = isDigit(previous)
                            || ((previous == ' ' || previous == '-') && isDigit(beforePrevious));
                    chain = chained ? chain + 1 : 1;
                    longestChain = Math.max(longestChain, chain);
                } else {
                    run = 0;
                    if (c == '@') {
                        at = true;
                    } else if (c == '室' || c == '房' || c == '号' || c == '栋' || c == '幢') {
                        dwelling |= isDigit(previous) || CHINESE_NUMERALS.indexOf(previous) >= 0;
                    } else if (i + 1 < text.length() && isLatinLetter(folded(text.charAt(i + 1)))
                            && PLATE_PROVINCES.indexOf(c) >= 0) {
                        plate = true;
                    }
                }
                beforePrevious = previous;
                previous = c;
            }
            return new Signals(at, digits, longestRun, longestChain, plate, dwelling);
        }

        /** 15 or 18 digits in a row. */
        boolean idCardPossible() {
            return longestDigitRun >= 15;
        }

        /** 1[3-9]x then two groups of four, each after at most one space or dash: a chain of 11. */
        boolean mobilePossible() {
            return longestDigitChain >= 11;
        }

        /** An area code (at least 3 digits) and a local number of 7 or 8 digits with at most one separator. */
        boolean landlinePossible() {
            return digits >= 10 && longestDigitChain >= 7;
        }

        boolean any() {
            return at || idCardPossible() || mobilePossible() || landlinePossible() || plate || dwelling;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLatinLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }

    /** The same text with full-width ASCII forms and the ideographic space folded to ASCII: same length. */
    private static String asciiFolded(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = folded(chars[i]);
        }
        return new String(chars);
    }

    private static char folded(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    private static void protect(String text, boolean[] protectedChars) {
        Matcher m = CREDIT_CODE.matcher(text);
        while (m.find()) {
            if (validCreditCode(m.group())) {
                for (int i = m.start(); i < m.end(); i++) {
                    protectedChars[i] = true;
                }
            }
        }
    }

    private static void maskAll(Pattern pattern, String text, char[] out, boolean[] protectedChars, int keepHead,
                                int keepTail) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            apply(out, protectedChars, m.start() + keepHead, m.end() - keepTail);
        }
    }

    private static void apply(char[] out, boolean[] protectedChars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!protectedChars[i] && !Character.isWhitespace(out[i]) && out[i] != '-') {
                out[i] = '*';
            }
        }
    }

    static boolean validCreditCode(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_ALPHABET.charAt(check) == code.charAt(17);
    }
}
