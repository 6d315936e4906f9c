package org.qianliyan.portal.enforcement.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Amounts in Chinese numerals as decisions write them in capitals (壹拾贰万叁仟元整) or in
 * ordinary digits (十二万元). Units 拾佰仟 scale the digit before them; 万 and 亿 close a
 * section, so 壹亿贰仟万 is 1×10⁸ + 2000×10⁴.
 */
final class ChineseNumeral {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0),
            Map.entry('壹', 1), Map.entry('一', 1),
            Map.entry('贰', 2), Map.entry('貳', 2), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('叁', 3), Map.entry('參', 3), Map.entry('三', 3),
            Map.entry('肆', 4), Map.entry('四', 4),
            Map.entry('伍', 5), Map.entry('五', 5),
            Map.entry('陆', 6), Map.entry('陸', 6), Map.entry('六', 6),
            Map.entry('柒', 7), Map.entry('七', 7),
            Map.entry('捌', 8), Map.entry('八', 8),
            Map.entry('玖', 9), Map.entry('九', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of(
            '拾', 10, '十', 10, '佰', 100, '百', 100, '仟', 1000, '千', 1000);

    private ChineseNumeral() {
    }

    /** {@code folded} is {@code original} folded and without spaces; errors quote the original. */
    static BigDecimal parseAmount(String field, String original, String folded) {
        String numeral = stripCurrency(field, original, folded);
        if (numeral.isEmpty()) {
            throw new InvalidFieldException(field, original, "no number before the unit");
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        boolean digitPending = false;
        for (char c : numeral.toCharArray()) {
            Integer d = DIGITS.get(c);
            Integer small = SMALL_UNITS.get(c);
            if (d != null) {
                if (digitPending && d != 0) {
                    throw new InvalidFieldException(field, original, "two digits without a unit between them");
                }
                digit = d;
                digitPending = d != 0;
            } else if (small != null) {
                // 十万 and 拾万 without a leading digit mean one ten.
                long multiplicand = digitPending ? digit : (small == 10 && digit == 0 ? 1 : -1);
                if (multiplicand < 0) {
                    throw new InvalidFieldException(field, original, "unit " + c + " without a digit before it");
                }
                section += multiplicand * small;
                digit = 0;
                digitPending = false;
            } else if (c == '万') {
                total += (section + digit) * 10_000L;
                section = 0;
                digit = 0;
                digitPending = false;
            } else if (c == '亿') {
                total = (total + section + digit) * 100_000_000L;
                section = 0;
                digit = 0;
                digitPending = false;
            } else {
                throw new InvalidFieldException(field, original, "unexpected character \"" + c + "\" in a Chinese numeral");
            }
        }
        return BigDecimal.valueOf(total + section + digit);
    }

    private static String stripCurrency(String field, String original, String folded) {
        String numeral = folded;
        if (numeral.endsWith("整") || numeral.endsWith("正")) {
            numeral = numeral.substring(0, numeral.length() - 1);
        }
        if (numeral.endsWith("元") || numeral.endsWith("圆")) {
            return numeral.substring(0, numeral.length() - 1);
        }
        // 伍万 without 元 is still clear; anything else (角, 美元…) is not an amount we accept.
        char last = numeral.isEmpty() ? ' ' : numeral.charAt(numeral.length() - 1);
        if (last == '万' || last == '亿') {
            return numeral;
        }
        throw new InvalidFieldException(field, original, "not an amount in 元 (expected e.g. 伍万元 or 壹拾贰万叁仟元整)");
    }
}
