package org.qianliyan.portal.atom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one Atom writer: entries as given, the feed updated at its newest entry, text that XML can carry. */
class AtomFeedWriterTest {

    @Test
    void the_feed_is_updated_at_its_newest_entry_and_keeps_the_entries_order() throws Exception {
        String xml = write(List.of(
                new AtomEntry("urn:qianliyan:case:b", "旧案", "https://portal.example/enforcement/b",
                        Instant.parse("2024-01-01T00:00:00Z"), ""),
                new AtomEntry("urn:qianliyan:case:a", "新案", "https://portal.example/enforcement/a",
                        Instant.parse("2024-03-01T00:00:00Z"), "")));

        assertThat(xml).contains("<updated>2024-03-01T00:00:00Z</updated><author>");
        assertThat(xml.indexOf("urn:qianliyan:case:b")).isLessThan(xml.indexOf("urn:qianliyan:case:a"));
    }

    @Test
    void markup_is_escaped_and_control_characters_dropped() throws Exception {
        String xml = write(List.of(new AtomEntry("urn:qianliyan:post:x", "<b>标题</b>\u0007", "https://news.example/?a=1&b=2",
                Instant.EPOCH, "摘要\u0000")));

        assertThat(xml).contains("&lt;b&gt;标题&lt;/b&gt;</title>", "href=\"https://news.example/?a=1&amp;b=2\"",
                "<summary>摘要</summary>");
    }

    @Test
    void an_entry_carries_its_first_appearance_and_category_when_it_has_them() throws Exception {
        String xml = write(List.of(new AtomEntry("urn:qianliyan:alert:1", "预警", "https://portal.example/staff",
                Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"), "topic-spike", "")));

        assertThat(xml).contains("<published>2024-03-01T00:00:00Z</published><category term=\"topic-spike\"/>");
        assertThat(write(List.of(new AtomEntry("urn:x", "t", "https://portal.example/", Instant.EPOCH, ""))))
                .doesNotContain("<published>", "<category");
    }

    @Test
    void an_empty_feed_is_updated_at_the_epoch() throws Exception {
        assertThat(write(List.of())).contains("<updated>1970-01-01T00:00:00Z</updated>").doesNotContain("<entry>");
    }

    @Test
    void a_date_is_its_midnight_utc_and_an_unreadable_date_the_epoch() {
        assertThat(AtomEntry.instant("2023-12-02")).isEqualTo(Instant.parse("2023-12-02T00:00:00Z"));
        assertThat(AtomEntry.instant("2023-12-02T08:00:00+08:00")).isEqualTo(Instant.parse("2023-12-02T00:00:00Z"));
        assertThat(AtomEntry.instant("")).isEqualTo(Instant.EPOCH);
    }

    private static String write(List<AtomEntry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomFeedWriter.write(out, AtomFeedWriter.Feed.at("https://portal.example/feed.atom", "千里眼", "https://portal.example/"),
                entries);
        return out.toString(StandardCharsets.UTF_8);
    }
}
