package org.qianliyan.portal.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qianliyan.index.server.SupervisedElasticsearch;
import org.qianliyan.index.testing.FreePort;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * kill -9 of the embedded Elasticsearch under a running portal: the API answers 503 with
 * Retry-After in our JSON while it is down, the portal starts it again by itself, and the API
 * answers 200 again, all without restarting the portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"qianliyan.security.admin-password-hash=" + PortalIntegrationTest.ADMIN_PASSWORD_HASH,
                "qianliyan.data-dir=target/embedded-outage", "qianliyan.incinerator.demo=false",
                "qianliyan.enforcement.demo-cases=false"})
class EmbeddedElasticsearchOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    SupervisedElasticsearch elasticsearch;

    @DynamicPropertySource
    static void embeddedPort(DynamicPropertyRegistry registry) {
        int free = FreePort.find();
        registry.add("qianliyan.elasticsearch.embedded-port", () -> free);
    }

    @Test
    void a_killed_embedded_server_means_503_until_the_portal_has_restarted_it() throws Exception {
        assertThat(elasticsearch.ownedByUs()).as("the test needs a server of its own, not one already on the port").isTrue();
        assertThat(get("/api/v1/facilities").statusCode()).isEqualTo(200);
        List<ProcessHandle> before = elasticsearch.processes();

        ProcessHandle server = before.get(before.size() - 1);
        assertThat(server.destroyForcibly()).isTrue();
        server.onExit().join();

        HttpResponse<String> down = new PortalApi(port).awaitStatus("/api/v1/facilities", 503);
        assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(JSON.readTree(down.body()).path("error").asText()).isEqualTo("service unavailable");

        new PortalApi(port).awaitStatus("/api/v1/facilities", 200);
        assertThat(elasticsearch.processes()).as("a new server, started by the portal").isNotEmpty()
                .noneMatch(before::contains);
        assertThat(get("/api/v1/cases").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) {
        return new PortalApi(port).get(path);
    }
}
