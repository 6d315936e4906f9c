package org.qianliyan.crawler.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical form of a URL, used as the frontier key and the document identity.
 *
 * <p>Scheme and host lower-cased, default port and fragment dropped, empty path made
 * {@code /}, dot segments removed, tracking parameters ({@code utm_*}, {@code spm},
 * {@code from}, WeChat's {@code scene}/{@code chksm}/{@code sharer_*}, …) stripped and the
 * remaining query parameters sorted. Example:
 * <pre>{@code
 * CanonicalUrl.of("HTTP://News.Example.CN:80/a/../b.html?utm_source=x&id=2#top")
 *     // -> "http://news.example.cn/b.html?id=2"
 * }</pre>
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of(
            "spm", "from", "scene", "srcid", "chksm", "isappinstalled", "fbclid", "gclid",
            "share_token", "wfr", "clicktime", "enterid", "sessionid", "jsessionid", "timestamp_share");

    private CanonicalUrl() {
    }

    /**
     * @param url an absolute http(s) URL
     * @return its canonical form
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public static String of(String url) {
        return tryOf(url).orElseThrow(() -> new IllegalArgumentException("Not an absolute http(s) URL: [" + url + "]"));
    }

    /**
     * @param url any string
     * @return its canonical form, or empty when it is not an absolute http(s) URL
     */
    public static Optional<String> tryOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(escapeUnsafe(url.trim())).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            while (path.startsWith("/..")) {
                path = path.substring(3);
            }
            if (path.isEmpty()) {
                path = "/";
            }
            StringBuilder out = new StringBuilder(scheme).append("://").append(host);
            if (!defaultPort) {
                out.append(':').append(port);
            }
            out.append(path);
            String query = cleanQuery(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return Optional.of(out.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** @return the lower-cased host of an absolute URL, or empty */
    public static Optional<String> host(String url) {
        return tryOf(url).map(u -> URI.create(u).getHost());
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || name.startsWith("sharer_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static String escapeUnsafe(String url) {
        int hash = url.indexOf('#');
        String s = hash >= 0 ? url.substring(0, hash) : url;
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '|' -> out.append("%7C");
                case '"' -> out.append("%22");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '^' -> out.append("%5E");
                case '`' -> out.append("%60");
                case '\\' -> out.append("%5C");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
