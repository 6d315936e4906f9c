package org.qianliyan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AnonymousRateLimitTest {

    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void a_burst_up_to_the_limit_passes_then_the_address_waits_for_the_refill() {
        RequestBuckets buckets = new RequestBuckets(60, 100, clock);
        for (int i = 0; i < 60; i++) {
            assertThat(buckets.take("10.0.0.1")).as("request " + i).isZero();
        }
        assertThat(buckets.take("10.0.0.1")).as("one token a second comes back").isEqualTo(1);
        assertThat(buckets.take("10.0.0.2")).as("another address has its own bucket").isZero();

        now = now.plus(Duration.ofSeconds(1));
        assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isPositive();

        now = now.plus(Duration.ofHours(1));
        for (int i = 0; i < 60; i++) {
            assertThat(buckets.take("10.0.0.1")).as("refilled to the burst, never beyond").isZero();
        }
        assertThat(buckets.take("10.0.0.1")).isPositive();
    }

    @Test
    void the_least_recently_seen_addresses_are_forgotten_beyond_the_bound() {
        RequestBuckets buckets = new RequestBuckets(1, 2, clock);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("b")).isZero();
        assertThat(buckets.take("c")).isZero();

        assertThat(buckets.take("a")).as("a was dropped and starts full").isZero();
        assertThat(buckets.take("c")).as("c is still remembered and empty").isPositive();
    }

    @Test
    void anonymous_api_callers_past_the_limit_get_429_with_retry_after_in_our_json() throws Exception {
        AnonymousRateLimitFilter filter = new AnonymousRateLimitFilter(new AnonymousRateLimitProperties(2, 100));

        assertThat(call(filter, "/api/v1/cases", null).getStatus()).isEqualTo(200);
        assertThat(call(filter, "/api/v1/cases", null).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = call(filter, "/api/v1/facilities", null);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 30L);
        JsonNode error = new ObjectMapper().readTree(refused.getContentAsByteArray());
        assertThat(error.path("error").asText()).isEqualTo("too many requests");
        assertThat(error.path("detail").asText()).contains("try again");

        assertThat(call(filter, "/api/v1/cases", "Bearer qly_token").getStatus()).as("a caller with credentials").isEqualTo(200);
        assertThat(call(filter, "/incinerators", null).getStatus()).as("pages are not the API").isEqualTo(200);
    }

    @Test
    void a_limit_of_zero_turns_it_off() throws Exception {
        AnonymousRateLimitFilter filter = new AnonymousRateLimitFilter(new AnonymousRateLimitProperties(0, 100));
        for (int i = 0; i < 100; i++) {
            assertThat(call(filter, "/api/v1/cases", null).getStatus()).isEqualTo(200);
        }
    }

    private static MockHttpServletResponse call(AnonymousRateLimitFilter filter, String path, String authorization)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr("192.0.2.7");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
