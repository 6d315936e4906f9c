package org.qianliyan.portal.opinion.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Day buckets run midnight to midnight Beijing time; hour buckets start on the hour. */
class BucketWindowTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void a_day_bucket_ends_at_the_next_beijing_midnight() {
        BucketWindow window = BucketWindow.ending(Instant.parse("2026-12-01T17:30:00Z"), Duration.ofDays(1), BEIJING, 3);
        assertThat(window.end()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(window.start()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(window.indexOf(Instant.parse("2026-12-01T17:30:00Z"))).isEqualTo(2);
        assertThat(window.indexOf(Instant.parse("2026-12-01T15:59:59Z"))).isEqualTo(1);
        assertThat(window.indexOf(Instant.parse("2026-11-29T15:59:59Z"))).isEqualTo(-1);
        assertThat(window.indexOf(window.end())).isEqualTo(-1);
    }

    @Test
    void an_hour_bucket_starts_on_the_hour() {
        BucketWindow window = BucketWindow.ending(Instant.parse("2026-12-01T03:17:00Z"), Duration.ofHours(1), BEIJING, 24);
        assertThat(window.end()).isEqualTo(Instant.parse("2026-12-01T04:00:00Z"));
        assertThat(window.bucketStart(23)).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
    }
}
