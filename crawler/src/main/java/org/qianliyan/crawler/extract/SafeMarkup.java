package org.qianliyan.crawler.extract;

import java.util.Map;
import java.util.Set;
import org.jsoup.safety.Safelist;

/**
 * The markup a stored document keeps (docs/design-notes.md, Privacy and safety): jsoup's
 * {@link Safelist#relaxed()} without images, links made absolute. Written out as data because
 * {@link SanitizedBody} applies it while it walks the page, which jsoup's {@code Safelist} does
 * not allow without changing the links of the page it reads; {@link #safelist()} builds jsoup's
 * from the same data for HTML that arrives as a string.
 */
final class SafeMarkup {

    /** Tags kept, with the attributes each may keep. */
    static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "title")), Map.entry("b", Set.of()), Map.entry("blockquote", Set.of("cite")),
            Map.entry("br", Set.of()), Map.entry("caption", Set.of()), Map.entry("cite", Set.of()),
            Map.entry("code", Set.of()), Map.entry("col", Set.of("span", "width")),
            Map.entry("colgroup", Set.of("span", "width")), Map.entry("dd", Set.of()), Map.entry("div", Set.of()),
            Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("em", Set.of()), Map.entry("h1", Set.of()),
            Map.entry("h2", Set.of()), Map.entry("h3", Set.of()), Map.entry("h4", Set.of()), Map.entry("h5", Set.of()),
            Map.entry("h6", Set.of()), Map.entry("i", Set.of()), Map.entry("li", Set.of()),
            Map.entry("ol", Set.of("start", "type")), Map.entry("p", Set.of()), Map.entry("pre", Set.of()),
            Map.entry("q", Set.of("cite")), Map.entry("small", Set.of()), Map.entry("span", Set.of()),
            Map.entry("strike", Set.of()), Map.entry("strong", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("table", Set.of("summary", "width")), Map.entry("tbody", Set.of()),
            Map.entry("td", Set.of("abbr", "axis", "colspan", "rowspan", "width")), Map.entry("tfoot", Set.of()),
            Map.entry("th", Set.of("abbr", "axis", "colspan", "rowspan", "scope", "width")), Map.entry("thead", Set.of()),
            Map.entry("tr", Set.of()), Map.entry("u", Set.of()), Map.entry("ul", Set.of("type")));

    /** Attributes holding a link, by tag: the link is kept only with one of these protocols once made absolute. */
    static final Map<String, Map<String, Set<String>>> PROTOCOLS = Map.of(
            "a", Map.of("href", Set.of("ftp", "http", "https", "mailto")),
            "blockquote", Map.of("cite", Set.of("http", "https")),
            "cite", Map.of("cite", Set.of("http", "https")),
            "q", Map.of("cite", Set.of("http", "https")));

    private SafeMarkup() {
    }

    /** @return jsoup's safelist of the same markup */
    static Safelist safelist() {
        Safelist safelist = new Safelist().preserveRelativeLinks(false);
        ATTRIBUTES.forEach((tag, attributes) -> {
            safelist.addTags(tag);
            if (!attributes.isEmpty()) {
                safelist.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        PROTOCOLS.forEach((tag, byAttribute) -> byAttribute.forEach(
                (attribute, protocols) -> safelist.addProtocols(tag, attribute, protocols.toArray(String[]::new))));
        return safelist;
    }
}
