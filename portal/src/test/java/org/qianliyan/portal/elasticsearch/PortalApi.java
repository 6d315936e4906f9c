package org.qianliyan.portal.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** GET requests to the portal under test, and waiting for an outage or a recovery to show in their status. */
final class PortalApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    PortalApi(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks again every 200 ms until the answer has {@code status}; the test's time-out bounds the wait. */
    HttpResponse<String> awaitStatus(String path, int status) throws InterruptedException {
        while (true) {
            HttpResponse<String> response = get(path);
            if (response.statusCode() == status) {
                return response;
            }
            Thread.sleep(200);
        }
    }
}
