package org.qianliyan.index.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.qianliyan.index.server.EmbeddedElasticsearch;
import org.qianliyan.index.server.EmbeddedElasticsearchSettings;
import org.qianliyan.index.server.RunningElasticsearch;

/**
 * The one Elasticsearch of a test JVM: the cluster named by the environment variable
 * {@code QIANLIYAN_TEST_ES_URL} (which {@code .ci/run} starts once for the whole build), or
 * else a server started from the archive at system property
 * {@value #ARCHIVE_PROPERTY} with its files under {@value #DATA_PROPERTY}, stopped when the
 * JVM exits. The module's pom sets both properties for Surefire and Failsafe.
 */
public final class SharedElasticsearch {

    public static final String URL_VARIABLE = "QIANLIYAN_TEST_ES_URL";
    public static final String ARCHIVE_PROPERTY = "qianliyan.test.elasticsearch-archive";
    public static final String DATA_PROPERTY = "qianliyan.test.elasticsearch-data";

    private static URI uri;

    private SharedElasticsearch() {
    }

    /** The address of the JVM's test cluster, started on first use. */
    public static synchronized URI uri() {
        if (uri == null) {
            String external = System.getenv(URL_VARIABLE);
            uri = external != null && !external.isBlank() ? URI.create(external.trim()) : startEmbedded();
        }
        return uri;
    }

    private static URI startEmbedded() {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        String data = System.getProperty(DATA_PROPERTY);
        if (archive == null || data == null) {
            throw new IllegalStateException("set " + URL_VARIABLE + " to a test cluster, or the system properties "
                    + ARCHIVE_PROPERTY + " and " + DATA_PROPERTY + " (the build does) to start one");
        }
        RunningElasticsearch running = new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(
                Path.of(archive), Path.of(data), FreePort.find(), "512m", Duration.ofMinutes(3)))
                .start(progress -> System.err.println("[test elasticsearch] " + progress));
        return running.httpUri();
    }
}
