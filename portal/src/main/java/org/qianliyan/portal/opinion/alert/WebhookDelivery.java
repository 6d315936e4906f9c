package org.qianliyan.portal.opinion.alert;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.qianliyan.portal.opinion.alert.Alert.Delivery;
import org.qianliyan.portal.opinion.alert.AlertProperties.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends new alerts to every configured webhook on a thread of its own, so detection and the
 * crawl pipeline never wait for a receiver. A failed try (no answer, a non-2xx status, or a
 * robot's {@code errcode} other than 0) is retried after a back-off that doubles; when the
 * tries are used up the failure is logged once and recorded on the alert, as is a success.
 */
public class WebhookDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<Webhook> targets;
    private final WebhookMessages messages;
    private final AlertStore store;
    private final int attempts;
    private final Duration backoff;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alert-webhooks");
        t.setDaemon(true);
        return t;
    });

    WebhookDelivery(List<Webhook> targets, WebhookMessages messages, AlertStore store, int attempts, Duration backoff,
            Clock clock) {
        this.targets = List.copyOf(targets);
        this.messages = messages;
        this.store = store;
        this.attempts = attempts;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Queues the alert for every target and returns at once. */
    public void deliver(Alert alert) {
        for (Webhook target : targets) {
            executor.execute(() -> attempt(target, alert, 1, new ArrayList<>()));
        }
    }

    private void attempt(Webhook target, Alert alert, int attempt, List<String> errors) {
        String error = send(target, alert);
        if (error == null) {
            record(alert, new Delivery(target.name(), true, attempt, clock.instant(), null));
            return;
        }
        errors.add(error);
        if (attempt < attempts) {
            long delay = backoff.toMillis() << (attempt - 1);
            executor.schedule(() -> attempt(target, alert, attempt + 1, errors), delay, TimeUnit.MILLISECONDS);
            return;
        }
        LOG.warn("Alert {} not delivered to webhook {} after {} tries: {}", alert.id(), target.name(), attempt, error);
        record(alert, new Delivery(target.name(), false, attempt, clock.instant(), error));
    }

    /** @return null when delivered, else what went wrong */
    private String send(Webhook target, Alert alert) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(signed(target)))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(messages.body(target.format(), alert), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                return "HTTP " + response.statusCode();
            }
            Matcher code = ERRCODE.matcher(response.body());
            if (target.format() != WebhookFormat.GENERIC && code.find() && !"0".equals(code.group(1))) {
                return "errcode " + code.group(1);
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** DingTalk's signing: {@code timestamp} and {@code sign} = Base64(HmacSHA256(secret, timestamp + "\n" + secret)). */
    private String signed(Webhook target) {
        if (target.format() != WebhookFormat.DINGTALK || target.secret() == null || target.secret().isBlank()) {
            return target.url();
        }
        long timestamp = clock.millis();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(target.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String sign = Base64.getEncoder().encodeToString(
                    mac.doFinal((timestamp + "\n" + target.secret()).getBytes(StandardCharsets.UTF_8)));
            return target.url() + (target.url().contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                    + URLEncoder.encode(sign, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private void record(Alert alert, Delivery delivery) {
        try {
            store.change(alert.id(), a -> a.withDelivery(delivery));
        } catch (RuntimeException e) {
            LOG.warn("Delivery outcome of alert {} to {} not recorded: {}", alert.id(), delivery.target(), e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
