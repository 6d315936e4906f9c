package org.qianliyan.portal.opinion.alert;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.alerts.*}: how and how often spikes are detected, and where alerts go.
 *
 * @param enabled            whether detection runs on a schedule while the portal serves
 * @param interval           pause between two detection runs
 * @param bucket             the width of a count bucket ({@code 1d} or {@code 1h})
 * @param season             buckets per season: 7 for days (weekly rhythm), 24 for hours (daily rhythm), 1 for none
 * @param seasons            past seasons in the baseline
 * @param threshold          robust z-score from which a count is a spike
 * @param minCount           fewer posts in a bucket are never a spike
 * @param negativeMinCount   fewer negative posts about a facility are never a surge
 * @param maxSubjects        topics, facilities and provinces examined per run (the busiest)
 * @param sourceFailureMin   failed URLs of one source in the last bucket from which it is an alert
 * @param publicUrl          the portal's address, for links in webhook messages
 * @param deliveryAttempts   tries per webhook target before the failure is recorded
 * @param deliveryBackoff    pause before the second try, doubled for each further one
 * @param webhooks           the targets every new alert is sent to
 */
@Validated
@ConfigurationProperties("qianliyan.alerts")
public record AlertProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15m") @NotNull Duration interval,
        @DefaultValue("1d") @NotNull Duration bucket,
        @DefaultValue("7") @Min(1) int season,
        @DefaultValue("8") @Min(3) int seasons,
        @DefaultValue("5.0") @DecimalMin("1.0") double threshold,
        @DefaultValue("10") @Min(1) int minCount,
        @DefaultValue("5") @Min(1) int negativeMinCount,
        @DefaultValue("200") @Min(1) int maxSubjects,
        @DefaultValue("5") @Min(1) int sourceFailureMin,
        @DefaultValue("http://localhost:8080") @NotBlank String publicUrl,
        @DefaultValue("5") @Min(1) int deliveryAttempts,
        @DefaultValue("2s") @NotNull Duration deliveryBackoff,
        @DefaultValue({}) @NotNull @Valid List<Webhook> webhooks) {

    /**
     * One webhook target.
     *
     * @param name   how it appears in an alert's delivery record
     * @param url    where to POST
     * @param format {@code generic} (the alert as JSON), {@code dingtalk} or {@code wecom} (robot markdown messages)
     * @param secret the DingTalk robot's signing secret ({@code SEC…}), or empty
     */
    public record Webhook(@NotBlank String name, @NotBlank String url, @DefaultValue("generic") @NotNull WebhookFormat format,
            @DefaultValue("") String secret) {
    }

    /** @return the detector settings for counts of all posts */
    SpikeDetector.Settings spikes() {
        return new SpikeDetector.Settings(season, seasons, threshold, minCount);
    }

    /** @return the detector settings for counts of negative posts about a facility */
    SpikeDetector.Settings negativeSurges() {
        return new SpikeDetector.Settings(season, seasons, threshold, negativeMinCount);
    }
}
