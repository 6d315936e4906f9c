package org.qianliyan.portal.search.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.search.SearchExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search page's CSV and Excel export of a large result set: a click starts a
 * {@link SearchExportJob}; a progress bar shows the rows written of the total, with a cancel
 * button; when the file is ready a link downloads it, after which the file is deleted (as it is
 * when the person cancels, starts another export or leaves the page). The page polls while an
 * export runs, as the staff import pages do.
 */
public class BackgroundExportPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(BackgroundExportPanel.class);
    private static final int POLL_MILLIS = 500;
    /** Progress is sent to the page every this many rows; the poll delivers it. */
    private static final int PROGRESS_EVERY_ROWS = 500;

    private final SearchExportJobs jobs;
    private final Supplier<SearchExport.Prepared> prepare;
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button cancel = new Button();
    private final Div download = new Div();
    private SearchExportJob job;

    /**
     * @param prepare checks and counts the page's current search, for an export started now
     * @param rows    how many rows the page expects, for the buttons' labels
     */
    public BackgroundExportPanel(SearchExportJobs jobs, Supplier<SearchExport.Prepared> prepare, long rows) {
        this.jobs = jobs;
        this.prepare = prepare;
        setId("search-background-export");
        for (ExportFormat format : ExportFormat.values()) {
            Button start = new Button(getTranslation("search.export." + format.extension(), rows), click -> start(format));
            start.setId("search-export-" + format.extension());
            buttons.add(start);
        }
        bar.setId("search-export-progress");
        status.setId("search-export-status");
        cancel.setText(getTranslation("search.export.cancel"));
        cancel.setId("search-export-cancel");
        cancel.addClickListener(click -> {
            if (job != null) {
                job.discard();
            }
        });
        bar.setVisible(false);
        cancel.setVisible(false);
        add(buttons, new HorizontalLayout(bar, cancel), status, download);
        addDetachListener(detach -> {
            discardJob();
            detach.getUI().setPollInterval(-1);
        });
    }

    private void start(ExportFormat format) {
        UI ui = UI.getCurrent();
        String baseUrl = SearchExportController.baseUrl(VaadinServletRequest.getCurrent().getHttpServletRequest());
        SearchExport.Prepared prepared = prepare.get();
        discardJob();
        download.removeAll();
        long total = prepared.total();
        bar.setMin(0);
        bar.setMax(Math.max(1, total));
        progress(0, total);
        bar.setVisible(true);
        cancel.setVisible(true);
        buttons.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        SearchExportJob started = jobs.start(prepared, format, baseUrl, rows -> {
            if (rows % PROGRESS_EVERY_ROWS == 0) {
                ui.access(() -> progress(rows, total));
            }
        });
        job = started;
        started.file().whenComplete((file, error) -> ui.access(() -> finished(ui, started, error)));
    }

    private void progress(long rows, long total) {
        bar.setValue(rows);
        status.setText(getTranslation("search.export.running", rows, total));
    }

    private void finished(UI ui, SearchExportJob finished, Throwable error) {
        if (finished != job) {
            return;
        }
        ui.setPollInterval(-1);
        cancel.setVisible(false);
        buttons.setEnabled(true);
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause == null) {
            progress(finished.written(), finished.total());
            Anchor link = new Anchor(download(finished),
                    getTranslation("search.export.download", finished.format().fileName(), finished.written()));
            link.setId("search-export-download");
            download.add(link);
        } else if (cause instanceof CancellationException) {
            bar.setVisible(false);
            status.setText(getTranslation("search.export.cancelled", finished.written()));
        } else {
            log.error("A background search export failed after {} rows", finished.written(), cause);
            bar.setVisible(false);
            status.setText(getTranslation("search.export.failed"));
        }
    }

    /** Sends the file once and deletes it; a second request finds it gone (410). */
    private DownloadHandler download(SearchExportJob done) {
        return event -> {
            Optional<Path> file = done.finishedFile();
            if (file.isEmpty()) {
                event.getResponse().setStatus(HttpServletResponse.SC_GONE);
                return;
            }
            event.setFileName(done.format().fileName());
            event.setContentType(done.format().contentType());
            event.setContentLength(Files.size(file.get()));
            try (OutputStream out = event.getOutputStream()) {
                Files.copy(file.get(), out);
            }
            done.discard();
            event.getUI().access(() -> {
                download.removeAll();
                status.setText(getTranslation("search.export.downloaded"));
            });
        };
    }

    private void discardJob() {
        if (job != null) {
            job.discard();
            job = null;
        }
    }
}
