package org.qianliyan.portal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.url.CanonicalUrl;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.crawl.sources.SourceRepository;

/**
 * kill -9 and resume: a crawler JVM is killed with {@code destroyForcibly()} in the middle of a
 * crawl, a new one is started on the same Elasticsearch frontier, and in the end every article
 * is in the posts index exactly once, every URL is recorded, and at most the batch of URLs that
 * was in flight (fetched, its documents not yet stored) was fetched twice.
 */
class CrawlKillAndResumeIT {

    private static final int ARTICLES = 30;
    private static final long LEASE_SECONDS = 3;
    private static final long HOST_DELAY_MS = 250;

    @Test
    void a_crawl_killed_mid_way_resumes_with_nothing_lost_and_no_document_indexed_twice() throws Exception {
        try (FixtureServer server = FixtureServer.start(); CrawlIndices indices = new CrawlIndices()) {
            List<String> paths = FixtureSite.installNews(server, "/k", ARTICLES, 4000);
            new SourceRepository(indices.client(), indices.sources())
                    .save(CrawlFixtures.site("kill-test", server.url("/k/list.html"), "/k/\\d+\\.html"), Instant.now());
            Path log = Files.createTempFile("crawl-process", ".log");

            Process first = start(indices, server, log);
            waitForPosts(indices, 8, first);
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long indexedBeforeKill = indices.count(indices.posts());
            assertThat(indexedBeforeKill).as("killed mid-way").isLessThan(ARTICLES);

            Process second = start(indices, server, log);
            assertThat(second.waitFor(180, TimeUnit.SECONDS)).as("restarted crawl ends; log " + log).isTrue();
            assertThat(second.exitValue()).as("log " + log).isZero();

            assertThat(indices.count(indices.posts())).as("every article once").isEqualTo(ARTICLES);
            ElasticsearchFrontierStore frontier = new ElasticsearchFrontierStore(indices.client(), indices.crawlStatus());
            List<String> fetchedTwice = new ArrayList<>();
            for (String path : paths) {
                String canonical = CanonicalUrl.of(server.url(path));
                assertThat(indices.client().exists(e -> e.index(indices.posts()).id(UrlIds.of(canonical))).value()).as(path).isTrue();
                assertThat(frontier.get(canonical).orElseThrow().status()).as(path).isEqualTo(CrawlStatus.FETCHED);
                long requests = server.count(path);
                assertThat(requests).as(path).isBetween(1L, 2L);
                if (requests == 2) {
                    fetchedTwice.add(path);
                }
            }
            // A URL counts as fetched once its batch's documents are stored (the group commit): the
            // URLs of the one batch in flight at the kill are fetched again, no others.
            assertThat(fetchedTwice).as("only the batch in flight at the kill is fetched again")
                    .hasSizeLessThanOrEqualTo(CrawlerSettings.defaults("any").batchSize());
            Files.deleteIfExists(log);
        }
    }

    private static Process start(CrawlIndices indices, FixtureServer server, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), CrawlProcessMain.class.getName(),
                CrawlIndices.url(), indices.sources(), indices.crawlStatus(), indices.posts(), "localhost:" + server.port(),
                Long.toString(LEASE_SECONDS), Long.toString(HOST_DELAY_MS));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static void waitForPosts(CrawlIndices indices, long atLeast, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (indices.count(indices.posts()) < atLeast) {
            assertThat(process.isAlive()).as("the first crawler is still running").isTrue();
            assertThat(System.nanoTime()).as("posts appear in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
