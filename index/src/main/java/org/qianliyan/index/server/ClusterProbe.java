package org.qianliyan.index.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a port whether Elasticsearch answers there. This distribution has no {@code GET /},
 * so liveness is {@code _cluster/health}.
 */
final class ClusterProbe {

    /** What listens on a port. */
    enum Listener { NOTHING, ELASTICSEARCH_READY, SOMETHING_ELSE }

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    Listener probe(URI base) {
        if (!portOpen(base)) {
            return Listener.NOTHING;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/_cluster/health"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean healthy = response.statusCode() == 200 && response.body().contains("\"cluster_name\"")
                    && !response.body().contains("\"status\":\"red\"");
            return healthy ? Listener.ELASTICSEARCH_READY : Listener.SOMETHING_ELSE;
        } catch (IOException e) {
            return Listener.SOMETHING_ELSE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Listener.SOMETHING_ELSE;
        }
    }

    private static boolean portOpen(URI base) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
