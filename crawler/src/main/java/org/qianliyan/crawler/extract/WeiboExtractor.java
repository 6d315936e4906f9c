package org.qianliyan.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * weibo.com ajax JSON: {@code /ajax/statuses/longtext} (the full text of a long post, short
 * links expanded) and {@code /ajax/profile/info} (an account: name, verification, followers,
 * totals). A profile becomes a document whose title is the screen name and whose text is the
 * description, so staff see who an account is; engagement carries the counts.
 */
public final class WeiboExtractor implements PageExtractor {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Extraction extract(FetchedPage page, SourceProfile profile) {
        JsonNode root;
        try {
            root = JSON.readTree(page.text());
        } catch (IOException e) {
            return Extraction.gone("Weibo: not JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (root.path("ok").asInt(0) != 1) {
            return Extraction.gone("Weibo: ok=" + root.path("ok").asText() + " " + root.path("msg").asText(""));
        }
        JsonNode data = root.path("data");
        if (data.has("longTextContent")) {
            return Extraction.of(List.of(longText(data, page, profile)), List.of());
        }
        if (data.has("user")) {
            return Extraction.of(List.of(profileDocument(data.path("user"), page, profile)), List.of());
        }
        return Extraction.of(List.of(), List.of());
    }

    private static CrawledDocument longText(JsonNode data, FetchedPage page, SourceProfile profile) {
        String text = data.path("longTextContent").asText();
        for (JsonNode link : data.path("url_struct")) {
            String shortUrl = link.path("short_url").asText("");
            String longUrl = link.path("long_url").asText("");
            if (!shortUrl.isEmpty() && !longUrl.isEmpty()) {
                text = text.replace(shortUrl, longUrl);
            }
        }
        String title = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return DocumentFactory.fromText(page.url(), profile, title, null, null, text, null, Engagement.UNKNOWN,
                page.fetchedAt(), null);
    }

    private static CrawledDocument profileDocument(JsonNode user, FetchedPage page, SourceProfile profile) {
        String name = user.path("screen_name").asText("");
        StringBuilder text = new StringBuilder(user.path("description").asText(""));
        if (!user.path("verified_reason").asText("").isEmpty()) {
            text.append("\n认证：").append(user.path("verified_reason").asText());
        }
        if (!user.path("location").asText("").isEmpty()) {
            text.append("\n所在地：").append(user.path("location").asText());
        }
        JsonNode totals = user.path("status_total_counter");
        Engagement engagement = new Engagement(-1, count(totals.path("like_cnt")), count(totals.path("repost_cnt")),
                count(totals.path("comment_cnt")), user.path("followers_count").asLong(-1));
        return DocumentFactory.fromText(page.url(), profile, name, name, null, text.toString(), null, engagement,
                page.fetchedAt(), null);
    }

    private static long count(JsonNode node) {
        if (node.isNumber()) {
            return node.asLong();
        }
        String s = node.asText("").replace(",", "").strip();
        return DIGITS.matcher(s).matches() ? Long.parseLong(s) : -1;
    }
}
