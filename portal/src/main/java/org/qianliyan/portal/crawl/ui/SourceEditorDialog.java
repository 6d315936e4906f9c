package org.qianliyan.portal.crawl.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.qianliyan.crawler.CrawlerException;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.source.SeedUrls;
import org.qianliyan.crawler.source.SourceProfiles;

/**
 * Adds or edits a source as its profile JSON (the same format {@code sources add F.json}
 * reads); an invalid profile is refused with the reason, nothing is saved.
 */
class SourceEditorDialog extends Dialog {

    static final String TEMPLATE = """
            {
              "id": "new-source",
              "name": "新数据源",
              "kind": "SITE",
              "seedUrls": ["https://www.example.gov.cn/xxgk/"],
              "linkPattern": "/t\\\\d+_\\\\d+\\\\.html$",
              "listPattern": null,
              "selectors": {"title": null, "date": null, "author": null, "body": null},
              "dateFormats": [],
              "revisitInterval": "PT6H",
              "enabled": false
            }""";

    SourceEditorDialog(SourceProfile existing, Consumer<SourceProfile> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "crawl.editor.add-title" : "crawl.editor.edit-title"));
        setWidth("min(720px, 95vw)");
        TextArea json = new TextArea(getTranslation("crawl.editor.profile"));
        json.setId("crawl-source-json");
        json.setWidthFull();
        json.setMinHeight("360px");
        json.setValue(existing == null ? TEMPLATE : SourceProfiles.toJson(existing));
        json.setHelperText(getTranslation("crawl.editor.help"));
        Paragraph error = new Paragraph();
        error.addClassName("qly-error");
        add(json, error);
        Button save = new Button(getTranslation("crawl.editor.save"), e -> {
            try {
                SourceProfile profile = SourceProfiles.fromJson(json.getValue());
                SeedUrls.check(profile);
                if (existing != null && !existing.id().equals(profile.id())) {
                    error.setText(getTranslation("crawl.editor.id-changed", existing.id()));
                    return;
                }
                onSave.accept(profile);
                close();
            } catch (CrawlerException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.setId("crawl-source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("crawl.editor.cancel"), e -> close()), save);
    }
}
