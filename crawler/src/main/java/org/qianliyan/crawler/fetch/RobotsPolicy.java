package org.qianliyan.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qianliyan.crawler.ssrf.AddressGuard;

/**
 * robots.txt through crawler-commons' {@link SimpleRobotRulesParser}, cached per origin for a
 * day. A missing robots.txt (4xx) allows everything; a server error or network failure
 * disallows the origin until the next attempt, as RFC 9309 asks.
 */
final class RobotsPolicy {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration FAILURE_TTL = Duration.ofMinutes(10);
    private static final int MAX_ORIGINS = 10_000;

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final SingleExchange exchange;
    private final AddressGuard guard;
    private final List<String> robotNames;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_ORIGINS;
        }
    };

    private record Cached(BaseRobotRules rules, Instant expires) {
    }

    RobotsPolicy(SingleExchange exchange, AddressGuard guard, String robotName, Duration maxCrawlDelay, Clock clock) {
        this.exchange = exchange;
        this.guard = guard;
        this.robotNames = List.of(robotName.toLowerCase());
        this.clock = clock;
        parser.setMaxCrawlDelay(maxCrawlDelay.toMillis());
    }

    /** @return the rules for the URL's origin, fetching robots.txt when not cached */
    BaseRobotRules rulesFor(URI uri) throws InterruptedException {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        synchronized (cache) {
            Cached cached = cache.get(origin);
            if (cached != null && cached.expires.isAfter(clock.instant())) {
                return cached.rules;
            }
        }
        Cached fresh = fetch(origin);
        synchronized (cache) {
            cache.put(origin, fresh);
        }
        return fresh.rules;
    }

    /** @return the Crawl-delay of the rules, if any */
    static Optional<Duration> crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    private Cached fetch(String origin) throws InterruptedException {
        URI uri = URI.create(origin + "/robots.txt");
        for (int hop = 0; hop < 5; hop++) {
            if (guard.check(uri).isPresent()) {
                return new Cached(parser.failedFetch(403), clock.instant().plus(FAILURE_TTL));
            }
            SingleExchange.Result result = exchange.get(uri, Map.of());
            if (result.failed()) {
                return new Cached(parser.failedFetch(503), clock.instant().plus(FAILURE_TTL));
            }
            int status = result.status();
            Optional<String> location = result.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                uri = uri.resolve(location.get());
                continue;
            }
            if (status >= 200 && status < 300) {
                String type = result.headers().firstValue("Content-Type").orElse("text/plain");
                BaseRobotRules rules = parser.parseContent(uri.toString(), result.body(), type, robotNames);
                return new Cached(rules, clock.instant().plus(TTL));
            }
            BaseRobotRules rules = parser.failedFetch(status);
            return new Cached(rules, clock.instant().plus(status >= 500 ? FAILURE_TTL : TTL));
        }
        return new Cached(parser.failedFetch(404), clock.instant().plus(TTL));
    }
}
