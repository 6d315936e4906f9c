package org.qianliyan.index.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An Elasticsearch the portal can use: one it started (stopped by {@link #close()}, by
 * the JVM's shutdown hook, or by the kernel if the JVM dies) or one that was already
 * running on the port (left alone).
 */
public final class RunningElasticsearch implements AutoCloseable {

    private static final long GRACE_SECONDS = 30;

    private final URI httpUri;
    private final Process process;
    private final Path console;
    private final Thread shutdownHook;

    private RunningElasticsearch(URI httpUri, Process process, Path console) {
        this.httpUri = httpUri;
        this.process = process;
        this.console = console;
        this.shutdownHook = process == null ? null : new Thread(this::stop, "elasticsearch-shutdown");
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    static RunningElasticsearch started(URI httpUri, Process process, Path console) {
        return new RunningElasticsearch(httpUri, process, console);
    }

    static RunningElasticsearch reused(URI httpUri) {
        return new RunningElasticsearch(httpUri, null, null);
    }

    /** The launcher process we started (the server itself is one of its descendants), if any. */
    Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /** The file the server's console output goes to, when we started it. */
    Optional<Path> console() {
        return Optional.ofNullable(console);
    }

    /** Such as {@code http://127.0.0.1:9200}. */
    public URI httpUri() {
        return httpUri;
    }

    /** True when this JVM started the server and will stop it. */
    public boolean ownedByUs() {
        return process != null;
    }

    /** The server's process id, when we started it. */
    public Optional<Long> pid() {
        return Optional.ofNullable(process).map(Process::pid);
    }

    /** Stops the server if we started it: SIGTERM to it and its children, then SIGKILL after a grace period. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run; it stops the same process.
        }
    }

    private synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        var descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeout) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
