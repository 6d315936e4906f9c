package org.qianliyan.portal.enforcement.domain;

import java.text.Normalizer;

/**
 * Folds full-width forms (ＡＢＣ１２３，（）) to their half-width equivalents, as
 * government spreadsheets mix both; NFKC does exactly this for the ASCII range.
 */
public final class HalfWidth {

    private HalfWidth() {
    }

    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u3000', ' ');
    }
}
