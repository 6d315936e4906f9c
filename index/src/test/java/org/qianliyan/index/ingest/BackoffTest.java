package org.qianliyan.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.qianliyan.index.IndexException;

class BackoffTest {

    private final Backoff backoff = new Backoff(6, Duration.ofMillis(100), Duration.ofMillis(500));

    @Test
    void the_wait_doubles_after_each_failed_try_up_to_the_maximum() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(60)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void overload_and_server_errors_are_retried_but_bad_requests_are_not() {
        assertThat(backoff.retries(429)).isTrue();
        assertThat(backoff.retries(500)).isTrue();
        assertThat(backoff.retries(503)).isTrue();
        assertThat(backoff.retries(400)).isFalse();
        assertThat(backoff.retries(404)).isFalse();
        assertThat(backoff.retries(409)).isFalse();
    }

    @Test
    void the_last_allowed_try_is_followed_by_no_other() {
        assertThat(backoff.allowsAnotherAfter(5)).isTrue();
        assertThat(backoff.allowsAnotherAfter(6)).isFalse();
        assertThat(new Backoff(1, Duration.ZERO, Duration.ZERO).allowsAnotherAfter(1)).isFalse();
    }

    @Test
    void nonsense_settings_are_refused_at_the_door() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IndexException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IndexException.class).hasMessageContaining("initialDelay");
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IndexException.class);
    }
}
