package org.qianliyan.portal.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.qianliyan.portal.search.SearchExport;
import org.springframework.stereotype.Service;

/**
 * Runs the search page's background exports on a few threads of their own, so that however many
 * visitors export at once, at most {@link SearchExportProperties#concurrentJobs()} scans read
 * Elasticsearch and write files; the others wait in line. The files live in a temporary directory
 * of this portal's own, emptied and removed when the portal stops.
 */
@Service
public class SearchExportJobs {

    private final SearchExportProperties properties;
    private final ExecutorService workers;
    private final Path directory;

    SearchExportJobs(SearchExportProperties properties) throws IOException {
        this.properties = properties;
        this.directory = Files.createTempDirectory("qianliyan-search-exports-");
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.concurrentJobs(), task -> {
            Thread thread = new Thread(task, "search-export-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return whether a result set of this many rows is exported in the background rather than linked */
    public boolean inBackground(long rows) {
        return rows > properties.backgroundAboveRows();
    }

    /**
     * Queues an export of {@code prepared}; {@code progress} hears the row count after each row, on
     * the export's thread.
     */
    public SearchExportJob start(SearchExport.Prepared prepared, ExportFormat format, String baseUrl,
                                 LongConsumer progress) {
        SearchExportJob job = new SearchExportJob(prepared, format, baseUrl, directory, progress);
        workers.execute(job::run);
        return job;
    }

    /** @return where the export files are written */
    Path directory() {
        return directory;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("the export directory " + directory + " could not be removed", e);
        }
    }
}
