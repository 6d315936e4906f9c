package org.qianliyan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HTTP behaviour of the running portal: health, JSON errors, the staff API gate, login rate limit. */
@PortalIntegrationTest
class PortalHttpIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void health_includes_elasticsearch() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void an_unknown_api_path_is_a_json_404_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing", null);

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("not found");
        assertThat(error.path("detail").asText()).contains("no-such-thing");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void the_open_api_is_described_as_openapi_from_the_controllers_and_readable_on_a_page() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(response.body());
        assertThat(api.path("info").path("version").asText()).isEqualTo("v1");
        assertThat(api.path("paths").has("/api/v1/facilities")).isTrue();
        assertThat(api.path("paths").has("/api/v1/cases")).isTrue();
        assertThat(api.path("paths").has("/api/v1/search")).isTrue();
        assertThat(api.path("paths").path("/api/v1/facilities").path("get").path("parameters").findValuesAsText("name"))
                .contains("page", "size", "province");

        HttpResponse<String> page = get("/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void the_staff_api_refuses_anonymous_callers_with_json() throws Exception {
        HttpResponse<String> response = get("/api/v1/staff/anything", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("login required");
    }

    @Test
    void repeated_failed_logins_from_one_address_are_throttled() throws Exception {
        int lastStatus = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            lastStatus = get("/api/v1/staff/anything", basic("rate-limit-probe", "wrong-" + attempt)).statusCode();
        }
        assertThat(lastStatus).isEqualTo(429);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
