package org.qianliyan.index.schema;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.qianliyan.index.IndexException;

/**
 * Runs requests that mostly wait for Elasticsearch's master (creating indices, copying them)
 * side by side: the master batches the cluster-state changes that wait together.
 */
final class Concurrently {

    private Concurrently() {
    }

    /**
     * Runs {@code tasks} on at most {@code threads} daemon threads and waits for all of them; then throws the
     * first failure, if any.
     *
     * @param what what the tasks do together, for messages ("prepare the indices")
     */
    static void run(String what, int threads, List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), task -> {
            Thread thread = new Thread(task, "index-schema");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
            RuntimeException failure = null;
            for (Future<?> task : running) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException cause ? cause
                                : new IndexException("cannot " + what + ": " + e.getCause(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IndexException("interrupted while trying to " + what, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
        }
    }
}
