package org.qianliyan.portal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.qianliyan.portal.crawl.sources.SourcesAddCommand;

class SourcesAddCommandIT {

    private static CrawlIndices indices;
    private static SourceRepository sources;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliStreams io = new CliStreams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @BeforeAll
    static void indices() {
        indices = new CrawlIndices();
        sources = new SourceRepository(indices.client(), indices.sources());
    }

    @AfterAll
    static void delete() throws Exception {
        indices.close();
    }

    @Test
    void a_profile_file_becomes_a_stored_source_and_adding_it_again_updates_it() throws Exception {
        Path file = Files.writeString(dir.resolve("hb.json"), """
                {"id": "hb-sthjt-cf", "name": "湖北省生态环境厅 行政处罚", "kind": "GOV_DISCLOSURE",
                 "seedUrls": ["https://sthjt.hubei.gov.cn/fbjd/xxgkml/gysyjs/xzcf/"],
                 "linkPattern": "/xzcf/\\\\d{6}/t\\\\d+_\\\\d+\\\\.shtml$",
                 "selectors": {"title": "h1", "date": ".info .date", "author": null, "body": ".TRS_Editor"},
                 "revisitInterval": "PT6H", "enabled": true}
                """);
        assertThat(sourcesAdd(file)).isZero();
        assertThat(sourcesAdd(file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("added source hb-sthjt-cf").contains("updated source hb-sthjt-cf");
        assertThat(sources.find("hb-sthjt-cf")).hasValueSatisfying(s -> {
            assertThat(s.profile().kind()).isEqualTo(SourceKind.GOV_DISCLOSURE);
            assertThat(s.profile().name()).isEqualTo("湖北省生态环境厅 行政处罚");
            assertThat(s.profile().selectors().body()).isEqualTo(".TRS_Editor");
            assertThat(s.profile().isDetailUrl("https://sthjt.hubei.gov.cn/xzcf/202401/t20240105_123.shtml")).isTrue();
            assertThat(s.blocked()).isFalse();
        });
    }

    @Test
    void an_invalid_profile_is_bad_input_naming_the_problem_and_nothing_is_stored() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad-one\", \"kind\": \"SITE\", \"seedUrl\": [\"x\"]}");
        assertThat(sourcesAdd(file)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json").contains("seedUrl");
        assertThat(sources.find("bad-one")).isEmpty();
    }

    @Test
    void a_seed_that_is_not_a_crawlable_http_url_is_bad_input_naming_it_and_nothing_is_stored() throws Exception {
        for (String seed : List.of("file:///etc/passwd", "gopher://example.cn/", "127.1", "http://127.1/", "http://",
                "http:///news", "https://news.example.cn@127.0.0.1/", "http://2130706433/", "ftp://example.cn/")) {
            Path file = Files.writeString(dir.resolve("seed.json"),
                    "{\"id\": \"bad-seed\", \"kind\": \"SITE\", \"seedUrls\": [\"" + seed + "\"]}");
            err.reset();
            assertThat(sourcesAdd(file)).as(seed).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(seed).contains("seed.json").contains(seed);
            assertThat(sources.find("bad-seed")).as(seed).isEmpty();
        }
    }

    @Test
    void disabling_and_flagging_keep_the_profile() throws Exception {
        Path file = Files.writeString(dir.resolve("w.json"),
                "{\"id\": \"weibo-x\", \"kind\": \"WEIBO\", \"seedUrls\": [\"https://weibo.com/ajax/x\"], \"enabled\": true}");
        assertThat(sourcesAdd(file)).isZero();
        sources.setEnabled("weibo-x", false, java.time.Instant.now());
        sources.flagBlocked("weibo-x", "HTTP 418", java.time.Instant.now());
        assertThat(sources.find("weibo-x")).hasValueSatisfying(s -> {
            assertThat(s.profile().enabled()).isFalse();
            assertThat(s.blockedReason()).isEqualTo("HTTP 418");
        });
        assertThat(sources.enabledProfiles()).extracting(p -> p.id()).doesNotContain("weibo-x");
        sources.clearBlocked("weibo-x");
        assertThat(sources.find("weibo-x").orElseThrow().blocked()).isFalse();
    }

    private int sourcesAdd(Path file) {
        return QianliyanCli.run(List.of("sources", "add", file.toString()),
                List.of(new SourcesAddCommand(sources, Clock.systemUTC())), io);
    }
}
