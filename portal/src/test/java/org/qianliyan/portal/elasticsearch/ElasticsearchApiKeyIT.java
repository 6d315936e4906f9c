package org.qianliyan.portal.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The API key reaches the cluster: Spring Boot's own REST client configuration, pointed at an
 * HTTP server standing in for Elasticsearch that records the Authorization header it receives.
 */
class ElasticsearchApiKeyIT {

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer cluster;

    @BeforeEach
    void startCluster() throws Exception {
        cluster = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cluster.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        cluster.start();
    }

    @AfterEach
    void stopCluster() {
        cluster.stop(0);
    }

    @Test
    void sendsTheKeyOnEveryRequest() {
        runner().withPropertyValues("qianliyan.elasticsearch.api-key= VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw== ")
                .run(context -> {
                    RestClient client = context.getBean(RestClient.class);
                    client.performRequest(new Request("GET", "/"));
                    client.performRequest(new Request("GET", "/_cluster/health"));
                });
        assertThat(authorizations).containsExactly(
                "ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
                "ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    }

    @Test
    void sendsNoAuthorizationWithoutAKey() {
        runner().run(context -> context.getBean(RestClient.class).performRequest(new Request("GET", "/")));
        assertThat(authorizations).containsExactly("null");
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ElasticsearchRestClientAutoConfiguration.class))
                .withUserConfiguration(Settings.class, ElasticsearchApiKeyConfiguration.class)
                .withPropertyValues("spring.elasticsearch.uris=http://127.0.0.1:" + cluster.getAddress().getPort());
    }

    @Configuration
    @EnableConfigurationProperties(ElasticsearchProperties.class)
    static class Settings {
    }
}
