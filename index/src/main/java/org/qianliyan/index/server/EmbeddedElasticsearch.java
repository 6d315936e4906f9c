package org.qianliyan.index.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.qianliyan.index.IndexException;

/**
 * Runs the official Elasticsearch server as a child process on 127.0.0.1, single node,
 * security off (loopback only).
 *
 * <pre>{@code
 * var settings = new EmbeddedElasticsearchSettings(archive, Path.of("data"), 9200, "512m", Duration.ofMinutes(2));
 * try (RunningElasticsearch es = new EmbeddedElasticsearch(settings).start(System.out::println)) {
 *     ElasticsearchClient client = ElasticsearchClients.connect(es.httpUri());
 * }
 * }</pre>
 *
 * <p>If Elasticsearch already answers on the port, that server is reused and left running.
 * Every failure (missing or corrupt archive, port taken by something else, unwritable
 * data directory, a server that dies while starting) is an {@link IndexException} whose
 * message says what to do, with the tail of the server's log where there is one; no
 * process is left behind.
 */
public final class EmbeddedElasticsearch {

    /** The server listens on loopback only. */
    public static final String HOST = "127.0.0.1";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final int LOG_TAIL_LINES = 30;

    private final EmbeddedElasticsearchSettings settings;
    private final ServerUser user = ServerUser.current();
    private final ClusterProbe probe = new ClusterProbe();

    public EmbeddedElasticsearch(EmbeddedElasticsearchSettings settings) {
        this.settings = settings;
    }

    /** Starts the server, or finds it already running, and returns once its health is yellow. */
    public RunningElasticsearch start(Consumer<String> progress) {
        URI uri = URI.create("http://" + HOST + ":" + settings.port());
        switch (probe.probe(uri)) {
            case ELASTICSEARCH_READY -> {
                progress.accept("Elasticsearch already running at " + uri + ", reusing it");
                return RunningElasticsearch.reused(uri);
            }
            case SOMETHING_ELSE -> throw new IndexException("port " + settings.port() + " on 127.0.0.1 is taken by a"
                    + " program that is not a healthy Elasticsearch; stop it, or choose another port with"
                    + " qianliyan.elasticsearch.embedded-port");
            case NOTHING -> { }
        }
        Path base = serverDirectory(progress);
        progress.accept("Preparing Elasticsearch in " + base.toAbsolutePath());
        Path home = new ArchiveUnpacker().unpack(settings.archive(), base);
        Path logs = base.resolve("logs");
        createDirectories(base.resolve("data"), logs);
        user.own(base);
        return launch(uri, home, base, logs, progress);
    }

    private RunningElasticsearch launch(URI uri, Path home, Path base, Path logs, Consumer<String> progress) {
        Path console = logs.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command(home, base))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = spawn(builder, console);
        RunningElasticsearch running = RunningElasticsearch.started(uri, process, console);
        Instant started = Instant.now();
        Instant deadline = started.plus(settings.startTimeout());
        Instant nextProgress = started.plus(PROGRESS_EVERY);
        progress.accept("Starting Elasticsearch on " + uri + (user.switchesUser() ? " as user " + ServerUser.UNPRIVILEGED : ""));
        while (true) {
            if (probe.probe(uri) == ClusterProbe.Listener.ELASTICSEARCH_READY) {
                progress.accept("Elasticsearch started in " + Duration.between(started, Instant.now()).toSeconds() + " s");
                return running;
            }
            if (!process.isAlive()) {
                running.close();
                throw new IndexException("Elasticsearch stopped while starting (exit code " + process.exitValue()
                        + "). Its log (" + console.toAbsolutePath() + ") ends with:\n" + tail(console));
            }
            if (Instant.now().isAfter(deadline)) {
                running.close();
                throw new IndexException("Elasticsearch did not become healthy within " + settings.startTimeout().toSeconds()
                        + " s; raise qianliyan.elasticsearch.start-timeout or check its log (" + console.toAbsolutePath()
                        + "), which ends with:\n" + tail(console));
            }
            if (Instant.now().isAfter(nextProgress)) {
                progress.accept("Starting Elasticsearch… " + Duration.between(started, Instant.now()).toSeconds() + " s");
                nextProgress = nextProgress.plus(PROGRESS_EVERY);
            }
            sleep();
        }
    }

    /**
     * Starts the process from a thread that lives as long as the process: the kernel's
     * parent-death signal follows the spawning thread, not the whole JVM.
     */
    private Process spawn(ProcessBuilder builder, Path console) {
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread supervisor = new Thread(() -> {
            try {
                Process process = builder.start();
                started.complete(process);
                process.waitFor();
            } catch (IOException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "elasticsearch-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
        try {
            return started.join();
        } catch (CompletionException e) {
            throw new IndexException("cannot start " + builder.command().get(0) + ": " + e.getCause().getMessage()
                    + "; see " + console.toAbsolutePath(), e.getCause());
        }
    }

    private List<String> command(Path home, Path base) {
        List<String> command = new ArrayList<>(user.commandPrefix());
        command.add(home.resolve("bin").resolve("elasticsearch").toAbsolutePath().toString());
        for (String setting : List.of(
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + settings.port(),
                "xpack.security.enabled=false",
                // A laptop's nearly full disk must not turn the portal's indices read-only.
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "path.data=" + base.resolve("data").toAbsolutePath(),
                "path.logs=" + base.resolve("logs").toAbsolutePath())) {
            command.add("-E");
            command.add(setting);
        }
        return command;
    }

    /**
     * {@code dataDir/elasticsearch}, unless the unprivileged server user cannot reach it
     * (a data directory under {@code /root}), in which case a directory under the system's
     * temporary directory, named after the data directory, takes its place.
     */
    private Path serverDirectory(Consumer<String> progress) {
        Path preferred = settings.dataDir().resolve("elasticsearch").toAbsolutePath().normalize();
        createDirectories(preferred);
        if (user.canReach(preferred)) {
            return preferred;
        }
        String key = Integer.toHexString(preferred.toString().hashCode());
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "qianliyan-elasticsearch-" + key);
        createDirectories(fallback);
        try {
            Files.setPosixFilePermissions(fallback, ServerUser.traversable());
        } catch (IOException e) {
            throw new IndexException("cannot prepare " + fallback + " for Elasticsearch: " + e.getMessage(), e);
        }
        progress.accept("The user " + ServerUser.UNPRIVILEGED + " cannot reach " + preferred
                + ", so Elasticsearch keeps its files in " + fallback);
        return fallback;
    }

    private static void createDirectories(Path... directories) {
        for (Path directory : directories) {
            try {
                Files.createDirectories(directory);
                if (!Files.isWritable(directory)) {
                    throw new IOException("not writable");
                }
            } catch (IOException e) {
                throw new IndexException("the data directory " + directory.toAbsolutePath() + " cannot be written ("
                        + e.getMessage() + "); choose another with qianliyan.data-dir or QIANLIYAN_DATA_DIR", e);
            }
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while waiting for Elasticsearch to start");
        }
    }
}
