package org.qianliyan.crawler.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;

/**
 * Makes the links of one page absolute exactly as jsoup's {@code absUrl} does
 * ({@link StringUtil#resolve(String, String)}), with the page's base URL parsed once instead of
 * once per link: parsing it again, and stripping control characters from it with a regex, was
 * most of what resolving a link cost.
 */
final class LinkResolver {

    /** jsoup's test for a link whose scheme Java has no handler for (tel:, weixin:, …), kept as it is. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

    /** The base, or null when it is no URL (then a link is kept only when it is absolute). */
    private final URL base;

    LinkResolver(String baseUri) {
        URL parsed;
        try {
            parsed = new URL(withoutControlChars(baseUri));
        } catch (MalformedURLException e) {
            parsed = null;
        }
        this.base = parsed;
    }

    /** @return the link made absolute, or "" when it cannot be */
    String absolute(String link) {
        String rel = withoutControlChars(link);
        try {
            return (base == null ? new URL(rel) : StringUtil.resolve(base, rel)).toExternalForm();
        } catch (MalformedURLException e) {
            return SCHEME.matcher(rel).find() ? rel : "";
        }
    }

    /** Browsers drop ASCII control characters from URLs (jsoup's rule), which almost no link has. */
    private static String withoutControlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < ' ') {
                StringBuilder out = new StringBuilder(s.length());
                s.chars().filter(c -> c >= ' ').forEach(c -> out.append((char) c));
                return out.toString();
            }
        }
        return s;
    }
}
