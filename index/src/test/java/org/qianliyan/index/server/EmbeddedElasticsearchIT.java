package org.qianliyan.index.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.index.IndexException;
import org.qianliyan.index.testing.FreePort;
import org.qianliyan.index.testing.SharedElasticsearch;

/** The launcher against the real server archive: start, reuse, stop, and every start-up fault. */
class EmbeddedElasticsearchIT {

    private static Path archive;

    @TempDir
    static Path work;

    @BeforeAll
    static void findArchive() {
        archive = Path.of(System.getProperty(SharedElasticsearch.ARCHIVE_PROPERTY));
    }

    @Test
    void starts_reuses_and_stops_leaving_no_process() {
        Path data = dataDir("lifecycle");
        int port = FreePort.find();
        RunningElasticsearch first = launcher(data, port, "512m").start(message -> { });
        long pid = first.pid().orElseThrow();
        var server = ProcessHandle.of(pid).orElseThrow();
        var children = server.descendants().toList();
        try {
            assertThat(first.ownedByUs()).isTrue();
            RunningElasticsearch second = launcher(data, port, "512m").start(message -> { });
            assertThat(second.ownedByUs()).isFalse();
            second.close();
            assertThat(server.isAlive()).as("closing a reused server leaves it running").isTrue();
        } finally {
            first.close();
        }
        assertThat(server.isAlive()).isFalse();
        assertThat(children).allSatisfy(child -> assertThat(child.isAlive()).isFalse());
        assertThat(new ClusterProbe().probe(first.httpUri())).isEqualTo(ClusterProbe.Listener.NOTHING);
    }

    @Test
    void a_portal_killed_hard_takes_its_elasticsearch_with_it() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process portal = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PortalStandIn.class.getName(), archive.toString(), dataDir("killed").toString(),
                String.valueOf(FreePort.find()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ProcessHandle server;
        List<ProcessHandle> children;
        try (var out = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the stand-in reports the server's pid").startsWith("PID ");
            server = ProcessHandle.of(Long.parseLong(line.substring(4).trim())).orElseThrow();
            children = server.descendants().toList();
            assertThat(children).as("the server JVM below the launcher script").isNotEmpty();

            portal.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        } finally {
            portal.destroyForcibly();
        }

        Instant deadline = Instant.now().plusSeconds(60);
        while ((server.isAlive() || children.stream().anyMatch(ProcessHandle::isAlive)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(server.isAlive()).isFalse();
        assertThat(children).allSatisfy(child -> assertThat(child.isAlive()).isFalse());
    }

    @Test
    void a_port_taken_by_another_program_is_named_in_the_error() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0)) {
            assertThatThrownBy(() -> launcher(dataDir("taken"), squatter.getLocalPort(), "512m").start(message -> { }))
                    .isInstanceOf(IndexException.class)
                    .hasMessageContaining("port " + squatter.getLocalPort())
                    .hasMessageContaining("qianliyan.elasticsearch.embedded-port");
        }
    }

    @Test
    void a_corrupt_archive_says_to_rebuild() throws IOException {
        Path corrupt = work.resolve("corrupt.zip");
        Files.write(corrupt, new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        var launcher = new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(corrupt, dataDir("corrupt"),
                FreePort.find(), "512m", Duration.ofMinutes(1)));

        assertThatThrownBy(() -> launcher.start(message -> { }))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("corrupt")
                .hasMessageContaining("rebuild");
    }

    @Test
    void a_missing_archive_says_what_to_do() {
        var launcher = new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(work.resolve("absent.zip"),
                dataDir("missing"), FreePort.find(), "512m", Duration.ofMinutes(1)));

        assertThatThrownBy(() -> launcher.start(message -> { }))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("spring.elasticsearch.uris");
    }

    @Test
    void a_data_directory_that_cannot_be_written_is_named() throws IOException {
        Path file = work.resolve("not-a-directory");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> launcher(file.resolve("data"), FreePort.find(), "512m").start(message -> { }))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("cannot be written")
                .hasMessageContaining("qianliyan.data-dir");
    }

    @Test
    void a_server_that_dies_at_start_reports_its_log_and_leaves_nothing() {
        int port = FreePort.find();

        // A 1 MB heap is too small for the JVM to start at all.
        assertThatThrownBy(() -> launcher(dataDir("dies"), port, "1m").start(message -> { }))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("stopped while starting")
                .hasMessageContaining("heap");
        assertThat(new ClusterProbe().probe(java.net.URI.create("http://127.0.0.1:" + port)))
                .isEqualTo(ClusterProbe.Listener.NOTHING);
    }

    private static EmbeddedElasticsearch launcher(Path data, int port, String heap) {
        return new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(archive, data, port, heap, Duration.ofMinutes(3)));
    }

    private static Path dataDir(String name) {
        return work.resolve(name);
    }
}
