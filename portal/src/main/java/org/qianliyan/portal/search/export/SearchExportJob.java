package org.qianliyan.portal.search.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.qianliyan.portal.search.SearchExport;

/**
 * One search export written in the background into a temporary file, with the same
 * {@link ExportFormat} writer as the API. It counts rows as it goes, stops at the next row once
 * cancelled, and deletes its file when cancelled, when it fails and when {@link #discard discarded};
 * whoever started it must discard it once the file is downloaded or no longer wanted.
 */
public final class SearchExportJob {

    private final SearchExport.Prepared prepared;
    private final ExportFormat format;
    private final String baseUrl;
    private final Path directory;
    private final LongConsumer progress;
    private final AtomicLong written = new AtomicLong();
    private final CompletableFuture<Path> file = new CompletableFuture<>();
    private volatile boolean cancelled;

    SearchExportJob(SearchExport.Prepared prepared, ExportFormat format, String baseUrl, Path directory,
                    LongConsumer progress) {
        this.prepared = prepared;
        this.format = format;
        this.baseUrl = baseUrl;
        this.directory = directory;
        this.progress = progress;
    }

    void run() {
        Path target = null;
        try {
            if (cancelled) {
                throw new CancellationException("the export was cancelled before it started");
            }
            target = Files.createTempFile(directory, "search-", "." + format.extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                format.write(prepared, out, baseUrl, this::rowWritten);
            }
            file.complete(target);
        } catch (IOException e) {
            delete(target);
            file.completeExceptionally(new UncheckedIOException("the export file could not be written", e));
        } catch (RuntimeException e) {
            delete(target);
            file.completeExceptionally(e);
        }
    }

    private void rowWritten(long rows) {
        if (cancelled) {
            throw new CancellationException("the export was cancelled after " + (rows - 1) + " rows");
        }
        written.set(rows);
        progress.accept(rows);
    }

    /** @return the rows the export will have */
    public long total() {
        return prepared.total();
    }

    /** @return the rows written so far */
    public long written() {
        return written.get();
    }

    public ExportFormat format() {
        return format;
    }

    /**
     * The finished file, or the failure: a {@link CancellationException} when cancelled. Completes
     * on the export's thread.
     */
    public CompletableFuture<Path> file() {
        return file;
    }

    /** @return the finished file while it has not been discarded */
    public Optional<Path> finishedFile() {
        return cancelled || !file.isDone() || file.isCompletedExceptionally() ? Optional.empty()
                : Optional.of(file.join());
    }

    /** Stops the export at its next row (or before it starts) and deletes its file, now or when it has one. */
    public void discard() {
        cancelled = true;
        file.thenAccept(SearchExportJob::delete);
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("the export file " + path + " could not be deleted", e);
        }
    }
}
