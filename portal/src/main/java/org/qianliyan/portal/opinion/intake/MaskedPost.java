package org.qianliyan.portal.opinion.intake;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.nlp.TextAnalyzer;

/**
 * What of a crawled post may be indexed and shown: its title, text and sanitized markup with
 * phones, ID numbers, e-mail, plates and handles masked (DESIGN §8). Every searchable or
 * displayed field of a post is built from this, never from the raw document.
 *
 * @param title masked title
 * @param text  masked text
 * @param html  masked sanitized markup (masking only replaces characters by {@code *}, so the markup stays intact)
 */
record MaskedPost(String title, String text, String html) {

    static MaskedPost of(CrawledDocument document, TextAnalyzer analyzer) {
        return of(document.title(), document.text(), document.sanitizedHtml(), analyzer);
    }

    static MaskedPost of(String title, String text, String html, TextAnalyzer analyzer) {
        return new MaskedPost(analyzer.maskPii(title), analyzer.maskPii(text), html == null ? null : analyzer.maskPii(html));
    }

    /** The text the analysis runs on: title and body. */
    String analysed() {
        return title.isEmpty() ? text : title + "\n" + text;
    }
}
