package org.qianliyan.index.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A JVM that starts Elasticsearch as the portal does, prints the server's process id and
 * then waits to be killed: lets a test kill the "portal" hard and watch for orphans.
 */
public final class PortalStandIn {

    private PortalStandIn() {
    }

    /** Arguments: archive, data directory, port. */
    public static void main(String[] args) throws InterruptedException {
        RunningElasticsearch es = new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(
                Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), "512m", Duration.ofMinutes(3)))
                .start(message -> { });
        System.out.println("PID " + es.pid().orElseThrow());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
