package org.qianliyan.nlp.segment;

import com.hankcs.hanlp.dictionary.other.CharTable;

/**
 * Char-by-char normalisation used before every segmentation: full width to half width, traditional to simplified
 * characters, upper to lower case (HanLP's {@link CharTable}), and control chars or broken surrogates to spaces.
 *
 * <p>The output always has exactly the input's length, so offsets in the normalised text are offsets in the
 * original text too. Word-level traditional forms that differ in more than single characters (rare) are not
 * converted; char-level mapping covers 環境/焚燒/臭氣 and the like.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * @param text any text, not null
     * @return the normalised text, same length
     */
    public static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    i++; // a valid pair (emoji etc.) stays as it is
                } else {
                    chars[i] = ' ';
                }
            } else if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\n')
                    || c == '\uFFFD' || c == '\uFEFF') {
                chars[i] = ' ';
            } else {
                chars[i] = CharTable.convert(c);
            }
        }
        return new String(chars);
    }
}
