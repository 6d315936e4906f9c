package org.qianliyan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bad requests an outsider sends to the API, each answered 4xx with our JSON error body
 * (never 500, never Tomcat's HTML page) and at most a WARN line in the log.
 */
@PortalIntegrationTest
class BadRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void noErrorWasLogged() {
        root().detachAppender(log);
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void writing_methods_on_read_only_endpoints_are_405_with_allow() throws Exception {
        for (String path : List.of("/api/v1/search?q=x", "/api/v1/cases", "/api/v1/facilities", "/api/v1/cases/abc")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> response = HTTP.send(request(path).method(method,
                        HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertApiError(response.statusCode(), response.body(), 405, method + " " + path);
                assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValueSatisfying(allow ->
                        assertThat(allow).contains("GET"));
            }
        }
    }

    @Test
    void a_page_beyond_any_offset_is_400() throws Exception {
        for (String path : List.of("/api/v1/cases?page=2147483647", "/api/v1/cases?page=2147483647&size=100",
                "/api/v1/cases.csv?page=2147483647", "/api/v1/cases?page=-1", "/api/v1/cases?page=99999999999",
                "/api/v1/search?q=x&size=2147483647")) {
            HttpResponse<String> response = get(path, "application/json");
            assertApiError(response.statusCode(), response.body(), 400, path);
        }
    }

    @Test
    void an_id_of_the_wrong_shape_is_400_without_asking_elasticsearch() throws Exception {
        String huge = "a".repeat(5_000);
        for (String path : List.of("/api/v1/facilities/" + huge, "/api/v1/facilities/" + huge + "/days",
                "/api/v1/cases/" + huge, "/api/v1/cases/%E2%80%AE%00x", "/api/v1/facilities/a%20b")) {
            HttpResponse<String> response = get(path, "application/json");
            assertApiError(response.statusCode(), response.body(), 400, path.substring(0, Math.min(60, path.length())));
        }
    }

    @Test
    void a_client_accepting_only_xml_gets_406_with_our_json() throws Exception {
        for (String path : List.of("/api/v1/search?q=x", "/api/v1/cases", "/api/v1/facilities")) {
            HttpResponse<String> response = get(path, "application/xml");
            assertApiError(response.statusCode(), response.body(), 406, path);
        }
    }

    @Test
    void an_over_long_url_is_414_json() throws Exception {
        String reply = raw("GET /api/v1/search?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertRawApiError(reply, 414);
    }

    @Test
    void over_long_headers_are_431_json() throws Exception {
        String reply = raw("GET /api/v1/search?q=x HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "y".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertRawApiError(reply, 431);
    }

    @Test
    void requests_tomcat_itself_refuses_are_400_json_not_its_html_page() throws Exception {
        for (String requestLine : List.of("GET /api/v1/%ZZ HTTP/1.1", "GET /api/v1/search?q=<script> HTTP/1.1",
                "GET /api/v1/search?q=a b HTTP/1.1", "GET /api/../../etc/passwd HTTP/1.1")) {
            String reply = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertRawApiError(reply, 400);
        }
    }

    private static void assertApiError(int status, String body, int expected, String what) throws Exception {
        assertThat(status).as(what).isEqualTo(expected);
        JsonNode json = JSON.readTree(body);
        assertThat(json.path("error").asText()).as(what + ": " + body).isNotBlank();
        assertThat(json.path("detail").asText()).as(what + ": " + body).isNotBlank();
    }

    private static void assertRawApiError(String reply, int expected) throws Exception {
        String statusLine = reply.substring(0, reply.indexOf("\r\n"));
        assertThat(statusLine).as(reply.substring(0, Math.min(400, reply.length()))).startsWith("HTTP/1.1 " + expected);
        String head = reply.substring(0, reply.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-type: application/json");
        assertApiError(expected, reply.substring(reply.indexOf("\r\n\r\n") + 4), expected, statusLine);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends bytes no well-behaved client would, and reads the whole reply. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            return reply.toString(StandardCharsets.UTF_8);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
