package org.qianliyan.index.server;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.qianliyan.index.IndexException;
import org.qianliyan.index.ingest.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server, kept running: when the server we started dies (killed, out of
 * memory), its exit code and the end of its log are logged and it is started again on the
 * same port, after 1 s, then 2 s, 4 s… at most 60 s between failed tries, until it runs or
 * this is closed. A server that was already running on the port (not ours) is left alone.
 *
 * <pre>{@code
 * try (var es = SupervisedElasticsearch.start(new EmbeddedElasticsearch(settings), log::info)) {
 *     ElasticsearchClient client = ElasticsearchClients.connect(es.httpUri());
 * }
 * }</pre>
 */
public final class SupervisedElasticsearch implements AutoCloseable {

    /** The waits between restart attempts; the attempt count is not bounded, the wait is. */
    public static final Backoff RESTART_BACKOFF = new Backoff(Integer.MAX_VALUE, Duration.ofSeconds(1),
            Duration.ofSeconds(60));
    private static final Logger log = LoggerFactory.getLogger(SupervisedElasticsearch.class);

    private final EmbeddedElasticsearch launcher;
    private final Consumer<String> progress;
    private final Thread watcher;
    private volatile RunningElasticsearch current;
    private volatile boolean closed;

    private SupervisedElasticsearch(EmbeddedElasticsearch launcher, Consumer<String> progress,
                                    RunningElasticsearch first) {
        this.launcher = launcher;
        this.progress = progress;
        this.current = first;
        this.watcher = new Thread(this::watch, "elasticsearch-watcher");
        watcher.setDaemon(true);
    }

    /** Starts the server (or finds one running) like {@link EmbeddedElasticsearch#start} and watches it. */
    public static SupervisedElasticsearch start(EmbeddedElasticsearch launcher, Consumer<String> progress) {
        var supervised = new SupervisedElasticsearch(launcher, progress, launcher.start(progress));
        supervised.watcher.start();
        return supervised;
    }

    public URI httpUri() {
        return current.httpUri();
    }

    /** True when this JVM started the server (and restarts it). */
    public boolean ownedByUs() {
        return current.ownedByUs();
    }

    /** The processes of the server now running (its launcher and the server JVM), when we started it. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> processes = new ArrayList<>();
        current.process().ifPresent(process -> {
            processes.add(process.toHandle());
            process.descendants().forEach(processes::add);
        });
        return processes;
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
        current.close();
    }

    private void watch() {
        while (!closed) {
            RunningElasticsearch running = current;
            Optional<Process> process = running.process();
            if (process.isEmpty()) {
                return;
            }
            int exitCode = awaitDeath(process.get());
            if (closed) {
                return;
            }
            running.close();
            log.error("Elasticsearch (pid {}) stopped unexpectedly ({}); restarting it. Its log ({}) ends with:\n{}",
                    process.get().pid(), exitCode == -1 ? "its server JVM died" : "exit code " + exitCode,
                    running.console().orElseThrow(),
                    EmbeddedElasticsearch.tail(running.console().orElseThrow()));
            restart();
        }
    }

    /**
     * Waits until the launcher or the server JVM under it dies (either alone leaves no working server), ends
     * what is left of the two so the port and the data directory are free again, and returns the exit code of the
     * launcher, or -1 when only the server died.
     */
    private static int awaitDeath(Process launcher) {
        List<ProcessHandle> tree = new ArrayList<>(launcher.descendants().toList());
        List<CompletableFuture<?>> exits = new ArrayList<>();
        exits.add(launcher.onExit());
        tree.forEach(child -> exits.add(child.onExit()));
        try {
            CompletableFuture.anyOf(exits.toArray(CompletableFuture[]::new)).get();
            boolean onlyServerDied = launcher.isAlive();
            tree.add(launcher.toHandle());
            for (ProcessHandle process : tree) {
                process.destroyForcibly();
                process.onExit().get();
            }
            return onlyServerDied ? -1 : launcher.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException e) {
            return -1;
        }
    }

    private void restart() {
        for (int attempt = 1; !closed; attempt++) {
            Duration wait = RESTART_BACKOFF.delayAfter(attempt);
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                current = launcher.start(progress);
                if (closed) {
                    current.close();
                    return;
                }
                log.info("Elasticsearch restarted at {} after {} attempt(s)", current.httpUri(), attempt);
                return;
            } catch (IndexException e) {
                log.error("Restarting Elasticsearch failed (attempt {}), next try in {} s: {}", attempt,
                        RESTART_BACKOFF.delayAfter(attempt + 1).toSeconds(), e.getMessage());
            }
        }
    }
}
