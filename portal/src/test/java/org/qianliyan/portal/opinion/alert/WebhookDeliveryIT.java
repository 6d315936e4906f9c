package org.qianliyan.portal.opinion.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.opinion.alert.AlertProperties.Webhook;
import org.qianliyan.portal.support.TestIndices;

/**
 * A DingTalk robot stand-in on a local port: it checks the request's signature, answers the
 * first message with a robot error ({@code errcode} ≠ 0, HTTP 200) and the second with
 * success. Delivery retries, succeeds and records both tries on the stored alert; a target
 * that never answers well is recorded as failed with its last error.
 */
class WebhookDeliveryIT {

    private static final String SECRET = "SEC-test-secret";

    @Test
    void a_signed_dingtalk_message_is_retried_after_a_robot_error_and_the_outcomes_are_recorded() throws Exception {
        List<String> signatures = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot/send", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            signatures.add(verified(query) ? "valid" : "invalid");
            exchange.getRequestBody().readAllBytes();
            byte[] answer = (calls.incrementAndGet() == 1 ? "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"
                    : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.createContext("/broken", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        robot.start();
        String base = "http://127.0.0.1:" + robot.getAddress().getPort();
        try (TestIndices indices = new TestIndices("webhooks", List.of(IndexDefinition.of("alerts")))) {
            AlertStore store = new AlertStore(indices.client(), indices.alias("alerts"));
            Alert alert = new Alert("w1", AlertKind.SOURCE_BLOCKED, "source", "weibo", "微博", Instant.now(), Instant.now(),
                    Instant.now(), 0, 0, 0, "captcha page", AlertStatus.OPEN, null, List.of(), List.of());
            store.createIfAbsent(alert);
            try (WebhookDelivery delivery = new WebhookDelivery(List.of(
                    new Webhook("dingtalk", base + "/robot/send?access_token=t0", WebhookFormat.DINGTALK, SECRET),
                    new Webhook("broken", base + "/broken", WebhookFormat.WECOM, "")),
                    new WebhookMessages(new ObjectMapper(), "http://portal.example"), store, 2, Duration.ofMillis(10),
                    Clock.systemUTC())) {
                delivery.deliver(alert);
                Map<String, Alert.Delivery> outcomes = awaitOutcomes(store, "w1", 2);

                assertThat(outcomes.get("dingtalk").ok()).isTrue();
                assertThat(outcomes.get("dingtalk").attempts()).isEqualTo(2);
                assertThat(outcomes.get("broken").ok()).isFalse();
                assertThat(outcomes.get("broken").attempts()).isEqualTo(2);
                assertThat(outcomes.get("broken").error()).isEqualTo("HTTP 500");
                assertThat(signatures).containsExactly("valid", "valid");
            }
        } finally {
            robot.stop(0);
        }
    }

    private static Map<String, Alert.Delivery> awaitOutcomes(AlertStore store, String id, int targets) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Alert.Delivery> deliveries = store.find(id).orElseThrow().deliveries();
            if (deliveries.size() == targets) {
                Map<String, Alert.Delivery> byTarget = new HashMap<>();
                deliveries.forEach(d -> byTarget.put(d.target(), d));
                return byTarget;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("delivery outcomes of alert " + id + " never recorded");
    }

    /** DingTalk's check: sign = Base64(HmacSHA256(secret, timestamp + "\n" + secret)). */
    private static boolean verified(Map<String, String> query) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal((query.get("timestamp") + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
            return "t0".equals(query.get("access_token")) && expected.equals(query.get("sign"));
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
