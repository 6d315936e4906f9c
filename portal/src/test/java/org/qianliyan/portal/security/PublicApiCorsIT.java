package org.qianliyan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.support.TestElasticsearchInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * CORS on the running portal, over real HTTP, as another site's page would ask: the public API
 * answers preflights and GETs from any origin, the staff API and the pages never do, and the
 * anonymous rate limit still bites (with {@code Retry-After} readable cross-origin). A context
 * of its own with a small rate limit; each test calls from its own address (the portal trusts
 * {@code X-Forwarded-For} from loopback, as behind a proxy) so their buckets are separate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"qianliyan.alerts.enabled=false", "qianliyan.api.anonymous-rate-limit.requests-per-minute=3"})
@ContextConfiguration(initializers = TestElasticsearchInitializer.class)
class PublicApiCorsIT {

    private static final String OTHER_SITE = "https://open-data.example.org";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_preflight_for_a_public_get_is_answered_for_any_origin_without_credentials() throws Exception {
        HttpResponse<String> response = send(preflight("/api/v1/facilities", "GET", "198.51.100.1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).contains("*");
        assertThat(header(response, "Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET").doesNotContain("POST"));
        assertThat(header(response, "Access-Control-Max-Age")).contains("3600");
        assertThat(header(response, "Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void a_preflight_for_a_write_or_for_credentials_is_refused() throws Exception {
        HttpResponse<String> delete = send(preflight("/api/v1/facilities", "DELETE", "198.51.100.2"));
        HttpResponse<String> authorization = send(HttpRequest.newBuilder(uri("/api/v1/facilities"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", OTHER_SITE)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .header("X-Forwarded-For", "198.51.100.2").build());

        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(header(delete, "Access-Control-Allow-Origin")).isEmpty();
        assertThat(authorization.statusCode()).isEqualTo(403);
        assertThat(header(authorization, "Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_get_from_another_origin_may_read_the_answer_and_the_export_count() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/search.csv?q=%E5%9E%83%E5%9C%BE", "198.51.100.3"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).contains("*");
        assertThat(header(response, "Access-Control-Expose-Headers")).hasValueSatisfying(exposed -> assertThat(exposed)
                .contains("Retry-After").contains("X-Total-Count"));
        assertThat(header(response, "X-Total-Count")).isPresent();
        assertThat(header(response, "Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void the_staff_api_and_the_pages_get_no_cors_allowance() throws Exception {
        HttpResponse<String> staffPreflight = send(preflight("/api/v1/staff/alerts", "GET", "198.51.100.4"));
        HttpResponse<String> staffGet = send(get("/api/v1/staff/alerts", "198.51.100.4"));
        HttpResponse<String> users = send(get("/api/v1/staff/users", "198.51.100.4"));
        HttpResponse<String> page = send(get("/incinerators", "198.51.100.4"));

        for (HttpResponse<String> response : List.of(staffPreflight, staffGet, users, page)) {
            assertThat(header(response, "Access-Control-Allow-Origin")).as(response.uri().toString()).isEmpty();
        }
        assertThat(staffGet.statusCode()).isEqualTo(401);
    }

    @Test
    void the_anonymous_rate_limit_still_applies_and_its_retry_after_is_readable_cross_origin() throws Exception {
        for (int request = 0; request < 3; request++) {
            assertThat(send(get("/api/v1/facilities", "198.51.100.5")).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(get("/api/v1/facilities", "198.51.100.5"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "Retry-After")).isPresent();
        assertThat(header(refused, "Access-Control-Allow-Origin")).contains("*");
        assertThat(header(refused, "Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("Retry-After"));
        assertThat(send(get("/api/v1/facilities", "198.51.100.6")).statusCode()).isEqualTo(200);
    }

    private HttpRequest preflight(String path, String method, String client) {
        return HttpRequest.newBuilder(uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", OTHER_SITE).header("Access-Control-Request-Method", method)
                .header("X-Forwarded-For", client).build();
    }

    private HttpRequest get(String path, String client) {
        return HttpRequest.newBuilder(uri(path)).header("Origin", OTHER_SITE).header("X-Forwarded-For", client).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }
}
