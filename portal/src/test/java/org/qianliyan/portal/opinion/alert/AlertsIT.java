package org.qianliyan.portal.opinion.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.crawl.CrawlTrouble;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.opinion.alert.AlertProperties.Webhook;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Alerts end to end against real Elasticsearch and the running portal: a burst of negative
 * posts about one facility after a quiet history raises a spike and a negative surge once;
 * the webhook receiver, which fails the first try, gets it; the API lists it, the Atom feed
 * shows it; acknowledge, assign and resolve are recorded in its history.
 */
@PortalIntegrationTest
class AlertsIT {

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    CrawlTrouble crawlTrouble;
    @Autowired
    AlertStore store;
    @Autowired
    AlertProperties properties;
    @Autowired
    ObjectMapper json;

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start_a_webhook_receiver_that_fails_the_first_request_about_each_alert() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.incrementAndGet();
            boolean fail = seen.add(json.readTree(body).get("id").asText());
            if (!fail) {
                received.add(body);
            }
            byte[] answer = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop_the_receiver() {
        receiver.stop(0);
    }

    @Test
    void a_planted_burst_is_alerted_once_delivered_listed_in_the_feed_and_handled_with_history() throws Exception {
        String facility = "it-plant-" + UUID.randomUUID().toString().substring(0, 8);
        // detection runs at noon of yesterday: a burst in the hour before never straddles two day buckets,
        // as a burst planted just after midnight would (and rightly raise a surge on either day)
        Instant noon = LocalDate.now(AlertDetection.ZONE).minusDays(1).atTime(12, 0).atZone(AlertDetection.ZONE).toInstant();
        new PlantedPosts(client, schema.alias("posts")).quietHistoryThenBurst(facility, noon, 60, 2, 25);
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        try (WebhookDelivery delivery = new WebhookDelivery(List.of(new Webhook("it-hook", hook, WebhookFormat.GENERIC, "")),
                new WebhookMessages(json, "http://portal.example"), store, 3, Duration.ofMillis(20), Clock.systemUTC())) {
            AlertDetection detection = new AlertDetection(new PostCounts(client, schema.alias("posts")),
                    crawlTrouble, store, delivery, properties, Clock.fixed(noon, ZoneOffset.UTC));

            List<Alert> raised = detection.run().stream().filter(a -> a.subject().equals(facility)).toList();
            assertThat(raised).extracting(Alert::kind)
                    .containsExactlyInAnyOrder(AlertKind.FACILITY_SPIKE, AlertKind.FACILITY_NEGATIVE_SURGE);
            Alert surge = raised.stream().filter(a -> a.kind() == AlertKind.FACILITY_NEGATIVE_SURGE).findFirst().orElseThrow();
            assertThat(surge.count()).isEqualTo(25);
            assertThat(surge.postsLink()).contains("facility=" + facility).contains("sentiment=NEGATIVE");

            assertThat(detection.run()).noneMatch(a -> a.subject().equals(facility));

            List<Alert.Delivery> deliveries = raised.stream().map(a -> awaitDelivery(a.id())).toList();
            assertThat(deliveries).allSatisfy(d -> {
                assertThat(d.ok()).isTrue();
                assertThat(d.target()).isEqualTo("it-hook");
            });
            // the receiver fails the first request about each alert: each got through on its second try
            assertThat(deliveries).extracting(Alert.Delivery::attempts).containsOnly(2);
            assertThat(received).anySatisfy(body -> assertThat(body).contains(surge.id()).contains("facility-negative-surge"));
        }

        StaffApi api = new StaffApi(port);
        JsonNode listed = json.readTree(api.get("/api/v1/staff/alerts?status=open&kind=facility-negative-surge").body());
        String id = surgeId(listed, facility);
        assertThat(api.anonymousGet("/api/v1/staff/alerts").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/staff/alerts?kind=nonsense").statusCode()).isEqualTo(400);

        String feed = api.get("/api/v1/staff/alerts.atom").body();
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("urn:qianliyan:alert:" + id);

        assertThat(api.post("/api/v1/staff/alerts/" + id + "/acknowledge", "{\"note\":\"看到了\"}").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/staff/alerts/" + id + "/assign", "{}").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/staff/alerts/" + id + "/assign", "{\"assignee\":\"admin\",\"note\":\"请跟进\"}").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/staff/alerts.atom?mine=true").body()).contains("urn:qianliyan:alert:" + id);
        JsonNode resolved = json.readTree(api.post("/api/v1/staff/alerts/" + id + "/resolve", "{\"note\":\"已回应\"}").body());
        assertThat(resolved.get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.get("assignee").asText()).isEqualTo("admin");
        assertThat(resolved.get("history")).extracting(h -> h.get("action").asText() + "/" + h.get("user").asText())
                .containsExactly("raised/system", "acknowledge/admin", "assign/admin", "resolve/admin");
        assertThat(resolved.get("history").get(3).get("note").asText()).isEqualTo("已回应");
        assertThat(api.post("/api/v1/staff/alerts/no-such-alert/resolve", "{}").statusCode()).isEqualTo(404);
    }

    /** Waits (as long as the webhook needs) for the delivery outcome to be recorded on the alert. */
    private Alert.Delivery awaitDelivery(String id) {
        for (int i = 0; i < 600; i++) {
            Optional<Alert> alert = store.find(id);
            if (alert.isPresent() && !alert.get().deliveries().isEmpty()) {
                return alert.get().deliveries().get(0);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the delivery of alert " + id + " was never recorded (" + calls.get() + " calls)");
    }

    private static String surgeId(JsonNode listed, String facility) {
        for (JsonNode alert : listed.get("alerts")) {
            if (alert.get("subject").asText().equals(facility)) {
                return alert.get("id").asText();
            }
        }
        throw new AssertionError("no listed alert about " + facility + ": " + listed);
    }
}
