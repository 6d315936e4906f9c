package org.qianliyan.portal.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /**
     * A daily mean or limit to two decimals at most, without trailing zeros: daily means are averages of
     * hourly values and carry more digits than anyone reads (58.154166…), limits are whole numbers.
     */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
