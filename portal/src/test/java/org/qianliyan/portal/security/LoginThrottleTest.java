package org.qianliyan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The throttle's counting, attacked directly: parallel guesses, sprayed names, a success in between. */
class LoginThrottleTest {

    private final StaffAccountProperties settings = new StaffAccountProperties("admin", null, 5, 20, Duration.ofMinutes(5));
    private final LoginThrottle throttle = new LoginThrottle(settings, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_hundred_parallel_guesses_at_one_account_get_at_most_five_checks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> admitted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            admitted.add(pool.submit(() -> {
                start.await();
                return throttle.admit("admin", "203.0.113.9");
            }));
        }
        start.countDown();
        int checked = 0;
        for (Future<Boolean> each : admitted) {
            checked += each.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(checked).isEqualTo(5);
    }

    @Test
    void one_address_spraying_many_accounts_is_stopped_by_the_address_limit() {
        int admitted = 0;
        for (int account = 0; account < 100; account++) {
            admitted += throttle.admit("user" + account, "198.51.100.7") ? 1 : 0;
        }
        assertThat(admitted).isEqualTo(20);
        assertThat(throttle.admit("someone-else", "198.51.100.8")).isTrue();
    }

    @Test
    void a_correct_password_clears_the_account_and_gives_its_attempt_back_to_the_address() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.admit("li", "192.0.2.1")).isTrue();
        }
        throttle.succeeded("li", "192.0.2.1");

        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit("li", "192.0.2.1")).isTrue();
        }
        assertThat(throttle.admit("li", "192.0.2.1")).isFalse();
    }
}
