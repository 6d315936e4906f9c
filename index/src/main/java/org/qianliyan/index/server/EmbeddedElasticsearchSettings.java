package org.qianliyan.index.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.qianliyan.index.IndexException;

/**
 * How to run the embedded server.
 *
 * @param archive      the official server zip ({@code org.elasticsearch.distribution.integ-test-zip})
 * @param dataDir      the portal's data directory; the server lives in {@code dataDir/elasticsearch}
 * @param port         HTTP port on 127.0.0.1
 * @param heap         JVM heap such as {@code 512m}
 * @param startTimeout how long to wait for health yellow
 */
public record EmbeddedElasticsearchSettings(Path archive, Path dataDir, int port, String heap, Duration startTimeout) {

    public EmbeddedElasticsearchSettings {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (port < 1 || port > 65535) {
            throw new IndexException("Elasticsearch port must be 1..65535, was " + port);
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[mMgG]")) {
            throw new IndexException("Elasticsearch heap must look like 512m or 2g, was " + heap);
        }
    }
}
