package org.qianliyan.crawler.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A configured source: where to start, which links to follow, how to read its pages.
 * JSON (de)serialisable with Jackson ({@link SourceProfiles}); the CLI's {@code sources add F.json}
 * reads one. Example:
 * <pre>{@code
 * {"id": "hb-sthjt-cf", "name": "湖北省生态环境厅 行政处罚", "kind": "GOV_DISCLOSURE",
 *  "seedUrls": ["https://sthjt.hubei.gov.cn/fbjd/xxgkml/gysyjs/xzcf/"],
 *  "linkPattern": "/xzcf/\\d{6}/t\\d+_\\d+\\.shtml$", "listPattern": "/xzcf/index_\\d+\\.shtml$",
 *  "selectors": {"title": "h1", "date": ".info .date", "author": null, "body": ".TRS_Editor"},
 *  "dateFormats": ["yyyy-MM-dd HH:mm"], "cookies": {}, "revisitInterval": "PT6H", "enabled": true}
 * }</pre>
 *
 * @param id              stable identifier, {@code [a-z0-9-]+}
 * @param name            display name
 * @param kind            the kind of source; selects the extractor
 * @param seedUrls        list pages, feeds, Sogou search or Weibo ajax URLs the crawl starts from (revisited)
 * @param linkPattern     regex (find) for detail-page URLs to follow and extract; null: none followed
 * @param listPattern     regex (find) for further list pages (pagination) to follow; null: none
 * @param selectors       CSS selectors for the fields; null: generic extraction
 * @param dateFormats     {@link java.time.format.DateTimeFormatter} patterns tried before the built-in Chinese formats
 * @param cookies         cookies sent with every request of this source (e.g. a Weibo login); never logged
 * @param revisitInterval how often seeds are fetched again; null: 6 hours
 * @param enabled         whether the crawler visits it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceProfile(
        String id,
        String name,
        SourceKind kind,
        List<String> seedUrls,
        String linkPattern,
        String listPattern,
        FieldSelectors selectors,
        List<String> dateFormats,
        Map<String, String> cookies,
        Duration revisitInterval,
        boolean enabled) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Validates and fills defaults. */
    public SourceProfile {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("source id must match [a-z0-9-]+ (max 63): " + id);
        }
        Objects.requireNonNull(kind, "kind of source " + id);
        name = name == null ? id : name;
        seedUrls = seedUrls == null ? List.of() : List.copyOf(seedUrls);
        if (seedUrls.isEmpty()) {
            throw new IllegalArgumentException("source " + id + " has no seedUrls");
        }
        compile(linkPattern, id, "linkPattern");
        compile(listPattern, id, "listPattern");
        selectors = selectors == null ? FieldSelectors.NONE : selectors;
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
        revisitInterval = revisitInterval == null ? Duration.ofHours(6) : revisitInterval;
    }

    /** @return whether the URL is a detail page of this source */
    @JsonIgnore
    public boolean isDetailUrl(String url) {
        return linkPattern != null && compiled(linkPattern).matcher(url).find();
    }

    /** @return whether the URL is a list (seed or pagination) page of this source */
    @JsonIgnore
    public boolean isListUrl(String url) {
        return seedUrls.contains(url) || listPattern != null && compiled(listPattern).matcher(url).find();
    }

    @Override
    public String toString() {
        return "SourceProfile[id=" + id + ", kind=" + kind + ", seeds=" + seedUrls.size() + ", enabled=" + enabled
                + ", cookies=" + cookies.size() + " (values hidden)]";
    }

    private static Pattern compiled(String regex) {
        if (COMPILED.size() > 10_000) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    private static void compile(String regex, String id, String field) {
        if (regex != null) {
            try {
                Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("source " + id + ": invalid " + field + ": " + e.getDescription());
            }
        }
    }
}
