package org.qianliyan.portal.crawl.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.portal.crawl.sources.SourceTrial;
import org.qianliyan.portal.crawl.sources.SourceTrialResult;

/**
 * "Test this source": fetches one page (and its first article) as the crawler would and
 * shows the extracted fields as plain text; nothing is stored.
 */
class SourceTrialDialog extends Dialog {

    SourceTrialDialog(SourceTrial trial, SourceProfile profile) {
        setHeaderTitle(getTranslation("crawl.trial.title", profile.id()));
        setWidth("min(720px, 95vw)");
        SourceTrialResult result;
        try {
            result = trial.run(profile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        add(field("crawl.trial.url", result.url()));
        add(field("crawl.trial.outcome", result.outcome() + (result.reason() == null ? "" : " — " + result.reason())));
        if (result.ok()) {
            add(field("crawl.trial.field-title", result.title()));
            add(field("crawl.trial.date", result.publishedAt() == null ? null : result.publishedAt().toString()));
            add(field("crawl.trial.author", result.author()));
            add(field("crawl.trial.links", Integer.toString(result.links())));
            add(field("crawl.trial.body", result.excerpt()));
        }
        getFooter().add(new Button(getTranslation("crawl.trial.close"), e -> close()));
    }

    private Div field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + "：");
        label.getStyle().set("font-weight", "600");
        Paragraph text = new Paragraph(value == null || value.isBlank() ? getTranslation("crawl.trial.none") : value);
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0 0 .5em 0");
        return new Div(label, text);
    }
}
