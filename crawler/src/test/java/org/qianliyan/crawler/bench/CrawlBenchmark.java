package org.qianliyan.crawler.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.qianliyan.crawler.Crawler;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.extract.ArticleExtractor;
import org.qianliyan.crawler.extract.Extraction;
import org.qianliyan.crawler.extract.FetchedPage;
import org.qianliyan.crawler.fetch.FetchOutcome;
import org.qianliyan.crawler.fetch.FetchRequest;
import org.qianliyan.crawler.fetch.FetchStatus;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/**
 * Crawl throughput against bare jsoup parsing of the same pages, in the same run, one thread
 * (docs/design-notes.md, Benchmarks). Pages are generated UTF-8 news pages of about 60 KB served by the loopback
 * fixture server; politeness delay is zero for loopback here only. Three figures per round:
 * <ol>
 * <li>bare: {@code Jsoup.parse(bytes)} of each page held in memory;</li>
 * <li>fetch+parse+extract: {@link HttpFetcher} over loopback, charset sniffing, parse, generic
 *     article extraction, sanitizing and hashing ({@link ArticleExtractor});</li>
 * <li>crawler: the whole {@link Crawler} loop over an in-memory frontier (leases, link discovery,
 *     outcome records, sink).</li>
 * </ol>
 * Usage: {@code CrawlBenchmark [pages=200] [rounds=7] [pageBytes=60000]}; see docs/benchmarks/crawler.md.
 */
public final class CrawlBenchmark {

    private CrawlBenchmark() {
    }

    /** Runs the benchmark and prints a table. */
    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int pageBytes = args.length > 2 ? Integer.parseInt(args[2]) : 60_000;
        try (FixtureServer server = FixtureServer.start()) {
            List<String> paths = FixtureSite.installNews(server, "/bench", pages, pageBytes);
            List<byte[]> bodies = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                bodies.add(FixtureSite.article(Math.abs("/bench".hashCode() % 1000) * 10_000 + i, pageBytes));
            }
            long totalBytes = bodies.stream().mapToLong(b -> b.length).sum();
            FetcherConfig config = FetcherConfig.defaults().withHostDelay(Duration.ZERO);
            HttpFetcher fetcher = new HttpFetcher(config, new AddressGuard(HostResolver.SYSTEM, server.allowList()));
            SourceProfile profile = new SourceProfile("bench", null, SourceKind.SITE, List.of(server.url("/bench/list.html")),
                    "/bench/\\d+\\.html", null, FieldSelectors.NONE, List.of(), Map.of(), null, true);
            List<String> urls = paths.stream().map(server::url).toList();

            System.out.printf("pages=%d, mean page=%d bytes, rounds=%d (+2 warm-up), java=%s, cpus=%d%n", pages,
                    totalBytes / pages, rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            double[] bare = new double[rounds];
            double[] pipeline = new double[rounds];
            double[] crawl = new double[rounds];
            double[] fetchOnly = new double[rounds];
            double[] extractOnly = new double[rounds];
            for (int r = -2; r < rounds; r++) {
                double[] interleaved = interleaved(fetcher, bodies, urls, profile);
                double c = crawlerLoop(fetcher, profile);
                if (r >= 0) {
                    bare[r] = interleaved[0];
                    pipeline[r] = interleaved[1];
                    fetchOnly[r] = interleaved[2];
                    extractOnly[r] = interleaved[3];
                    crawl[r] = c;
                    System.out.printf("round %d: bare %.0f pages/s, fetch+parse+extract %.0f pages/s (%.0f %%), crawler %.0f pages/s (%.0f %%)"
                            + " | parts: fetch only %.0f pages/s, parse+extract only %.0f pages/s (%.0f %%)%n",
                            r + 1, bare[r], pipeline[r], 100 * pipeline[r] / bare[r], c, 100 * c / bare[r], fetchOnly[r],
                            extractOnly[r], 100 * extractOnly[r] / bare[r]);
                }
            }
            double mb = median(bare);
            double mp = median(pipeline);
            double mc = median(crawl);
            System.out.printf("MEDIAN: bare %.0f pages/s | fetch+parse+extract %.0f pages/s = %.0f %% | crawler %.0f pages/s = %.0f %%"
                    + " | fetch only %.0f pages/s | parse+extract only %.0f pages/s = %.0f %%%n",
                    mb, mp, 100 * mp / mb, mc, 100 * mc / mb, median(fetchOnly), median(extractOnly), 100 * median(extractOnly) / mb);
        }
    }

    /**
     * Page by page, in turn: bare parse, fetch+parse+extract, fetch only, parse+extract only; the
     * time of each is summed separately, so all four see the same machine load (2 shared cores).
     *
     * @return pages/s for {bare, pipeline, fetch only, parse+extract only}
     */
    private static double[] interleaved(HttpFetcher fetcher, List<byte[]> bodies, List<String> urls, SourceProfile profile)
            throws IOException, InterruptedException {
        ArticleExtractor extractor = new ArticleExtractor();
        long[] nanos = new long[4];
        long sink = 0;
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            long t0 = System.nanoTime();
            Document doc = Jsoup.parse(new ByteArrayInputStream(bodies.get(i)), null, url);
            sink += doc.childNodeSize();
            long t1 = System.nanoTime();
            FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url, profile.id()));
            if (outcome.status() != FetchStatus.OK) {
                throw new IllegalStateException("benchmark fetch failed: " + outcome);
            }
            Extraction extraction = extractor.extract(new FetchedPage(url, outcome.finalUrl(), outcome.contentType(),
                    outcome.body(), Instant.now()), profile);
            sink += extraction.documents().get(0).text().length();
            long t2 = System.nanoTime();
            sink += fetcher.fetch(FetchRequest.of(url, profile.id())).body().length;
            long t3 = System.nanoTime();
            FetchedPage page = new FetchedPage(url, url, "text/html; charset=utf-8", bodies.get(i), Instant.now());
            sink += extractor.extract(page, profile).documents().get(0).text().length();
            long t4 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
        }
        if (sink == 42) {
            System.out.print("");
        }
        double[] rates = new double[4];
        for (int k = 0; k < 4; k++) {
            rates[k] = urls.size() / (nanos[k] / 1e9);
        }
        return rates;
    }





    private static double crawlerLoop(HttpFetcher fetcher, SourceProfile profile) throws InterruptedException {
        InMemoryFrontierStore store = new InMemoryFrontierStore();
        AtomicLong docs = new AtomicLong();
        CrawlerSettings settings = new CrawlerSettings("bench", 1, 50, Duration.ofMinutes(5), Duration.ofMillis(10), 0,
                Duration.ofSeconds(1), Duration.ofHours(1));
        Crawler crawler = new Crawler(store, fetcher, d -> docs.incrementAndGet(), List.of(profile), settings, Clock.systemUTC());
        crawler.seed();
        long start = System.nanoTime();
        crawler.runOnce();
        long fetched = crawler.progress().get("bench").fetched() - 1;
        if (docs.get() != fetched) {
            throw new IllegalStateException("crawler emitted " + docs.get() + " of " + fetched);
        }
        return rate((int) fetched, start);
    }

    private static double rate(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

}
