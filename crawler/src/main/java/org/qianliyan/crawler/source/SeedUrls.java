package org.qianliyan.crawler.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.qianliyan.crawler.CrawlerException;

/**
 * What a seed URL a person submits must be before a source is saved: an absolute
 * {@code http} or {@code https} URL with a host, no user name or password (the
 * {@code http://news.example@127.0.0.1/} trick), and an IP address only in its plain dotted
 * form ({@code 127.1}, {@code 2130706433}, {@code 0x7f.0.0.1} and {@code 0177.0.0.1} all mean
 * 127.0.0.1 to some parsers and are refused as ambiguous). Whether the host is public is the
 * fetcher's {@link org.qianliyan.crawler.ssrf.AddressGuard} question, asked on every request.
 *
 * <pre>{@code
 * SeedUrls.problem("file:///etc/passwd");   // Optional[only http and https seeds are crawled, not 'file': file:///etc/passwd]
 * SeedUrls.check(profile);                  // throws CrawlerException naming the first bad seed
 * }</pre>
 */
public final class SeedUrls {

    private static final Pattern NUMERIC_HOST = Pattern.compile("(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]*))*\\.?");
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    private SeedUrls() {
    }

    /**
     * @param seed a seed URL as written
     * @return empty when it may be crawled, otherwise why not (naming the seed)
     */
    public static Optional<String> problem(String seed) {
        if (seed == null || seed.isBlank()) {
            return Optional.of("a seed URL is empty");
        }
        URI uri;
        try {
            uri = new URI(seed.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL (" + e.getReason() + "): " + seed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return Optional.of("a seed URL starts with http:// or https://: " + seed);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https seeds are crawled, not '" + scheme + "': " + seed);
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of("a seed URL carries no user name or password: " + seed);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || host.equals("[]")) {
            return Optional.of("a seed URL needs a host name of letters, digits, '-' and '.' (a Chinese domain in its"
                    + " xn-- form): " + seed);
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (NUMERIC_HOST.matcher(lower).matches() && !DOTTED_QUAD.matcher(lower).matches()) {
            return Optional.of("an IP address in a seed is written as four decimal numbers (a.b.c.d), not '" + host + "': "
                    + seed);
        }
        return Optional.empty();
    }

    /**
     * @param profile a profile submitted by a person (CLI or the Sources dialog)
     * @throws CrawlerException naming the first seed that cannot be crawled and why
     */
    public static void check(SourceProfile profile) {
        for (String seed : profile.seedUrls()) {
            Optional<String> problem = problem(seed);
            if (problem.isPresent()) {
                throw new CrawlerException("source " + profile.id() + ": " + problem.get());
            }
        }
    }
}
