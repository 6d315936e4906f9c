package org.qianliyan.nlp.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for public display, replacing characters with {@code *} so the masked text keeps the
 * original's length (and every span stays valid): mobile numbers (first three digits kept), landlines (area code
 * kept), ID-card numbers (valid birth date and check digit required), licence plates (province char kept),
 * e-mail addresses (first char kept), {@code @handles} (the {@code @} kept), and the building/unit/room part of
 * private street addresses (3号楼2单元501室, 12栋).
 *
 * <p>Left alone on purpose: amounts (50000元), dates and times, unified social credit codes (checked with their
 * GB 32100 check char first and protected), pollutant readings (35mg/m3, 0.1ngTEQ), coordinates, and road
 * numbers of institutional addresses (工业园区3号街). Thread-safe.
 */
public final class PiiMasker {

    private static final String NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z.\\-_])";
    private static final String NOT_ALNUM_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern CREDIT_CODE = Pattern.compile(NOT_ALNUM_BEFORE
            + "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + NOT_ALNUM_AFTER);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern ID_CARD = Pattern.compile(NOT_ALNUM_BEFORE
            + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + NOT_ALNUM_AFTER);
    private static final Pattern MOBILE = Pattern.compile(NOT_ALNUM_BEFORE
            + "(?:\\+?86[\\- ]?)?1[3-9]\\d(?:[\\- ]?\\d{4}){2}" + NOT_ALNUM_AFTER);
    private static final Pattern LANDLINE = Pattern.compile(NOT_ALNUM_BEFORE
            + "(?:\\(0\\d{2,3}\\)|0\\d{2,3}-)\\s?[2-9]\\d{6,7}(?:-\\d{1,4})?" + NOT_ALNUM_AFTER);
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Za-hj-np-z][·•\\s]?"
                    + "[A-HJ-NP-Za-hj-np-z0-9]{4,5}[A-HJ-NP-Za-hj-np-z0-9挂学警]" + NOT_ALNUM_AFTER);
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_\\-]{2,30}");
    private static final Pattern DWELLING = Pattern.compile(
            "(?:[0-9一二三四五六七八九十]+(?:号楼|栋|幢|座))?\\s?(?:[0-9一二三四五六七八九十]+单元)?\\s?[0-9]{2,5}(?:室|房|号房)"
                    + "|[0-9一二三四五六七八九十]+(?:号楼|栋|幢)(?:[0-9一二三四五六七八九十]+单元)?");
    private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

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
        boolean[] protectedChars = new boolean[out.length];
        if (signals.longestDigitRun >= 6) {
            protect(text, protectedChars);
        }
        if (signals.at) {
            maskAll(EMAIL, text, out, protectedChars, 1, 0);
            maskAll(HANDLE, text, out, protectedChars, 1, 0);
        }
        if (signals.longestDigitRun >= 6) {
            Matcher id = ID_CARD.matcher(text);
            while (id.find()) {
                if (validIdCard(id.group())) {
                    apply(out, protectedChars, id.start() + 6, id.end());
                }
            }
        }
        if (signals.digits >= 10) {
            maskAll(MOBILE, text, out, protectedChars, 3, 0);
            Matcher landline = LANDLINE.matcher(text);
            while (landline.find()) {
                String number = landline.group();
                int keep = number.startsWith("(") ? number.indexOf(')') + 1 : number.indexOf('-') + 1;
                apply(out, protectedChars, landline.start() + keep, landline.end());
            }
        }
        if (signals.plate) {
            maskAll(PLATE, text, out, protectedChars, 2, 0);
        }
        if (signals.dwelling) {
            Matcher dwelling = DWELLING.matcher(text);
            while (dwelling.find()) {
                for (int i = dwelling.start(); i < dwelling.end(); i++) {
                    if (Character.isDigit(text.charAt(i)) || "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
                        apply(out, protectedChars, i, i + 1);
                    }
                }
            }
        }
        return new String(out);
    }

    /** One pass over the text deciding which (costly) patterns can match at all. */
    private record Signals(boolean at, int digits, int longestDigitRun, boolean plate, boolean dwelling) {

        static Signals scan(String text) {
            boolean at = false;
            boolean plate = false;
            boolean dwelling = false;
            int digits = 0;
            int run = 0;
            int longest = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                    longest = Math.max(longest, ++run);
                    continue;
                }
                run = 0;
                if (c == '@') {
                    at = true;
                } else if (c == '室' || c == '房' || c == '栋' || c == '幢' || c == '楼' || c == '单') {
                    dwelling = true;
                } else if (i + 1 < text.length() && PLATE_PROVINCES.indexOf(c) >= 0) {
                    char next = text.charAt(i + 1);
                    plate |= (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z');
                }
            }
            return new Signals(at, digits, longest, plate, dwelling);
        }

        boolean any() {
            return at || digits >= 6 || plate || dwelling;
        }
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

    static boolean validIdCard(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
    }
}
