package org.qianliyan.portal.overview;

import java.math.BigDecimal;

import com.vaadin.flow.component.html.Paragraph;

/** Small pieces of text the front page's sections share. */
final class FrontPageText {

    private FrontPageText() {
    }

    /** What a section says while it has nothing to show, so a fresh installation reads as finished. */
    static Paragraph empty(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("qly-front-empty");
        return empty;
    }

    static Paragraph lede(String text) {
        Paragraph lede = new Paragraph(text);
        lede.addClassName("qly-lede");
        return lede;
    }

    /** A measured value as published, without a trailing {@code .0}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
