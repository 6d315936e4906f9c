package org.qianliyan.portal.enforcement.ui;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.PreDestroy;
import org.qianliyan.portal.enforcement.domain.InvalidHeaderException;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.imports.CaseImportService;
import org.qianliyan.portal.enforcement.imports.CaseTemplates;
import org.qianliyan.portal.enforcement.imports.ImportReport;
import org.qianliyan.portal.enforcement.imports.RowProblem;
import org.qianliyan.portal.enforcement.imports.UnreadableFileException;
import org.qianliyan.portal.imports.StaffImportPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The 执法案件 tab of the staff Imports page: templates, upload, progress and the line-level report. */
@org.springframework.stereotype.Component
class CaseImportPanel implements StaffImportPanel {

    private static final Logger log = LoggerFactory.getLogger(CaseImportPanel.class);

    private final CaseImportService imports;
    // One import at a time keeps the two shared cores for the portal's readers.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "case-import"));

    CaseImportPanel(CaseImportService imports) {
        this.imports = imports;
    }

    @Override
    public String titleKey() {
        return "enforcement.import.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component createContent() {
        Div content = new Div();
        content.setId("case-import");
        content.add(new Paragraph(content.getTranslation("enforcement.import.lede")));
        Anchor csv = new Anchor(new StreamResource("执法案件模板.csv", () -> bytes(CaseTemplates::writeCsv)),
                content.getTranslation("enforcement.import.template-csv"));
        Anchor xlsx = new Anchor(new StreamResource("执法案件模板.xlsx", () -> bytes(CaseTemplates::writeXlsx)),
                content.getTranslation("enforcement.import.template-xlsx"));
        csv.getElement().setAttribute("download", true);
        xlsx.getElement().setAttribute("download", true);
        csv.setId("case-template-csv");
        xlsx.setId("case-template-xlsx");
        Checkbox skipInvalid = new Checkbox(content.getTranslation("enforcement.import.skip-invalid"));
        FileBuffer buffer = new FileBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".json");
        upload.setMaxFileSize(512 * 1024 * 1024);
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Paragraph status = new Paragraph();
        status.setId("case-import-status");
        Div report = new Div();
        upload.addSucceededListener(event -> start(content, event.getFileName(), buffer.getFileData().getFile(),
                skipInvalid.getValue(), progress, status, report));
        content.add(new HorizontalLayout(csv, xlsx), skipInvalid, upload, progress, status, report);
        return content;
    }

    private void start(Div content, String fileName, File file, boolean skipInvalid, ProgressBar progress,
                       Paragraph status, Div report) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        report.removeAll();
        ui.setPollInterval(500);
        worker.submit(() -> {
            try {
                ImportReport result = imports.importFile(fileName, file.toPath(), skipInvalid,
                        rows -> ui.access(() -> status.setText(content.getTranslation("enforcement.import.running", rows))));
                ui.access(() -> show(content, result, status, report));
            } catch (InvalidHeaderException | UnreadableFileException e) {
                ui.access(() -> status.setText(content.getTranslation("enforcement.import.failed", e.getMessage())));
            } catch (Exception e) {
                log.error("Case import of {} failed", fileName, e);
                ui.access(() -> status.setText(content.getTranslation("enforcement.import.failed", e.getClass().getSimpleName())));
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    ui.setPollInterval(-1);
                });
                file.delete();
            }
        });
    }

    private static void show(Div content, ImportReport result, Paragraph status, Div report) {
        if (result.rejected()) {
            status.setText(content.getTranslation("enforcement.import.rejected", result.invalidRows()));
        } else {
            status.setText(content.getTranslation("enforcement.import.done", result.written(), result.rowsRead(),
                    result.skipped(), result.links().getOrDefault(LinkBasis.CREDIT_CODE, 0L),
                    result.links().getOrDefault(LinkBasis.NAME_AND_REGION, 0L),
                    result.links().getOrDefault(LinkBasis.NONE, 0L)));
        }
        if (!result.ignoredColumns().isEmpty()) {
            Paragraph ignored = new Paragraph(content.getTranslation("enforcement.import.ignored-columns",
                    String.join("、", result.ignoredColumns())));
            ignored.setId("case-import-ignored-columns");
            report.add(ignored);
        }
        if (!result.refusals().isEmpty()) {
            report.add(new Paragraph(content.getTranslation("enforcement.import.refused", result.refusals().size())));
        }
        if (!result.problems().isEmpty()) {
            Grid<RowProblem> problems = new Grid<>();
            problems.setId("case-import-problems");
            problems.addColumn(p -> content.getTranslation("enforcement.import.line", p.line())).setAutoWidth(true);
            problems.addColumn(RowProblem::field).setHeader(content.getTranslation("enforcement.import.problem-field"));
            problems.addColumn(RowProblem::value).setHeader(content.getTranslation("enforcement.import.problem-value"));
            problems.addColumn(RowProblem::reason).setHeader(content.getTranslation("enforcement.import.problem-reason"))
                    .setFlexGrow(3);
            problems.setItems(result.problems());
            report.add(problems);
        }
    }

    private static java.io.InputStream bytes(TemplateWriter writer) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }

    @FunctionalInterface
    private interface TemplateWriter {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
