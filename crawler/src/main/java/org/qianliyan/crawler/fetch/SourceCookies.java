package org.qianliyan.crawler.fetch;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One cookie jar per source, so a login cookie configured for the Weibo source is never sent
 * to another source, plus the cookies a source's profile configures.
 */
final class SourceCookies {

    private static final Pattern PAIR_SEPARATOR = Pattern.compile(";\\s*");

    private final Map<String, CookieManager> jars = new ConcurrentHashMap<>();

    /** @return the Cookie header value for the request, or null when there are none */
    String cookieHeader(String sourceId, URI uri, Map<String, String> configured) {
        List<String> pairs = new ArrayList<>();
        configured.forEach((name, value) -> pairs.add(name + "=" + value));
        try {
            Map<String, List<String>> stored = jar(sourceId).get(uri, Map.of());
            for (List<String> values : stored.values()) {
                for (String value : values) {
                    for (String pair : PAIR_SEPARATOR.split(value)) {
                        if (!pair.isBlank() && configured.keySet().stream().noneMatch(n -> pair.startsWith(n + "="))) {
                            pairs.add(pair);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // CookieManager.get never does I/O; treat as no stored cookies.
        }
        return pairs.isEmpty() ? null : String.join("; ", pairs);
    }

    /** Stores the Set-Cookie headers of a response in the source's jar. */
    void store(String sourceId, URI uri, HttpHeaders headers) {
        try {
            jar(sourceId).put(uri, headers.map());
        } catch (IOException e) {
            // CookieManager.put never does I/O.
        }
    }

    private CookieManager jar(String sourceId) {
        return jars.computeIfAbsent(sourceId, id -> new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER));
    }
}
