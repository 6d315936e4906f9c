package org.qianliyan.portal.incinerator.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import jakarta.annotation.PreDestroy;
import org.qianliyan.portal.imports.StaffImportPanel;
import org.qianliyan.portal.incinerator.imports.ImportReport;
import org.qianliyan.portal.incinerator.imports.InvalidFileException;
import org.qianliyan.portal.incinerator.imports.LjgkFiles;
import org.qianliyan.portal.incinerator.imports.LjgkImporter;
import org.qianliyan.portal.incinerator.imports.RowProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The incinerator tab of the staff Imports page: the platform's three export files, progress and the report. */
@org.springframework.stereotype.Component
class LjgkImportPanel implements StaffImportPanel {

    private static final Logger LOG = LoggerFactory.getLogger(LjgkImportPanel.class);

    private final LjgkImporter importer;
    // One import at a time: imports are heavy and the cores are shared with the readers.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "ljgk-import"));

    LjgkImportPanel(LjgkImporter importer) {
        this.importer = importer;
    }

    @Override
    public String titleKey() {
        return "incinerator.import.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component createContent() {
        Div content = new Div();
        content.setId("ljgk-import");
        FileBuffer plants = new FileBuffer();
        FileBuffer furnaces = new FileBuffer();
        FileBuffer daily = new FileBuffer();
        Checkbox skipInvalid = new Checkbox(content.getTranslation("incinerator.import.skip-invalid"));
        Checkbox force = new Checkbox(content.getTranslation("incinerator.import.force"));
        force.setId("ljgk-import-force");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Paragraph status = new Paragraph();
        status.setId("ljgk-import-status");
        Div report = new Div();
        Button start = new Button(content.getTranslation("incinerator.import.start"));
        start.addClickListener(e -> start(content, new LjgkFiles(path(plants), path(furnaces), path(daily)),
                skipInvalid.getValue(), force.getValue(), progress, status, report, start));
        content.add(upload(content, "incinerator.import.plants", plants), upload(content, "incinerator.import.furnaces", furnaces),
                upload(content, "incinerator.import.daily", daily), skipInvalid, force, start, progress, status, report);
        return content;
    }

    private static Div upload(Div content, String labelKey, FileBuffer buffer) {
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(512 * 1024 * 1024);
        return new Div(new Span(content.getTranslation(labelKey)), upload);
    }

    private static Path path(FileBuffer buffer) {
        return buffer.getFileData() == null ? null : buffer.getFileData().getFile().toPath();
    }

    private void start(Div content, LjgkFiles files, boolean skipInvalid, boolean force, ProgressBar progress,
                       Paragraph status, Div report, Button button) {
        if (files.plants() == null && files.furnaces() == null && files.daily() == null) {
            return;
        }
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        progress.setVisible(true);
        report.removeAll();
        ui.setPollInterval(500);
        worker.submit(() -> {
            try {
                ImportReport result = importer.importFiles(files, skipInvalid, force, (phase, rows) -> {
                    if (rows % 1000 == 0) {
                        ui.access(() -> status.setText(content.getTranslation("incinerator.import.running") + " "
                                + phase + " " + rows));
                    }
                });
                ui.access(() -> show(content, result, status, report));
            } catch (InvalidFileException e) {
                ui.access(() -> status.setText(content.getTranslation("incinerator.import.failed", e.getMessage())));
            } catch (Exception e) {
                LOG.error("ljgk import failed", e);
                ui.access(() -> status.setText(content.getTranslation("incinerator.import.failed",
                        e.getClass().getSimpleName())));
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    button.setEnabled(true);
                    ui.setPollInterval(-1);
                });
            }
        });
    }

    private static void show(Div content, ImportReport result, Paragraph status, Div report) {
        status.setText(result.summary().lines().findFirst().orElse(""));
        if (!result.problems().isEmpty()) {
            Grid<RowProblem> problems = new Grid<>();
            problems.setId("ljgk-import-problems");
            problems.addColumn(RowProblem::file).setAutoWidth(true);
            problems.addColumn(RowProblem::line).setAutoWidth(true);
            problems.addColumn(p -> p.invalid() ? "invalid" : "skipped").setAutoWidth(true);
            problems.addColumn(RowProblem::reason).setFlexGrow(3);
            problems.setItems(result.problems());
            report.add(problems);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
