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
 * (DESIGN §9). Pages are generated UTF-8 news pages of about 60 KB served by the loopback
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
                double b = bareParse(bodies);
                double p = fetchParseExtract(fetcher, urls, profile);
                double c = crawlerLoop(fetcher, profile, server);
                double f = fetchOnly(fetcher, urls);
                double e = extractOnly(bodies, urls, profile);
                if (r >= 0) {
                    fetchOnly[r] = f;
                    extractOnly[r] = e;
                    bare[r] = b;
                    pipeline[r] = p;
                    crawl[r] = c;
                    System.out.printf("round %d: bare %.0f pages/s, fetch+parse+extract %.0f pages/s (%.0f %%), crawler %.0f pages/s (%.0f %%)"
                            + " | parts: fetch only %.0f pages/s, parse+extract only %.0f pages/s%n",
                            r + 1, b, p, 100 * p / b, c, 100 * c / b, f, e);
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

    private static double bareParse(List<byte[]> bodies) throws IOException {
        long start = System.nanoTime();
        long sink = 0;
        for (byte[] body : bodies) {
            Document doc = Jsoup.parse(new ByteArrayInputStream(body), null, "http://localhost/");
            sink += doc.childNodeSize();
        }
        return rate(bodies.size(), start, sink);
    }

    private static double fetchParseExtract(HttpFetcher fetcher, List<String> urls, SourceProfile profile) throws InterruptedException {
        ArticleExtractor extractor = new ArticleExtractor();
        long start = System.nanoTime();
        long sink = 0;
        for (String url : urls) {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url, profile.id()));
            if (outcome.status() != FetchStatus.OK) {
                throw new IllegalStateException("benchmark fetch failed: " + outcome);
            }
            Extraction extraction = extractor.extract(new FetchedPage(url, outcome.finalUrl(), outcome.contentType(),
                    outcome.body(), Instant.now()), profile);
            sink += extraction.documents().get(0).text().length();
        }
        return rate(urls.size(), start, sink);
    }

    private static double fetchOnly(HttpFetcher fetcher, List<String> urls) throws InterruptedException {
        long start = System.nanoTime();
        long sink = 0;
        for (String url : urls) {
            sink += fetcher.fetch(FetchRequest.of(url, "bench")).body().length;
        }
        return rate(urls.size(), start, sink);
    }

    private static double extractOnly(List<byte[]> bodies, List<String> urls, SourceProfile profile) {
        ArticleExtractor extractor = new ArticleExtractor();
        long start = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < bodies.size(); i++) {
            FetchedPage page = new FetchedPage(urls.get(i), urls.get(i), "text/html; charset=utf-8", bodies.get(i), Instant.now());
            sink += extractor.extract(page, profile).documents().get(0).text().length();
        }
        return rate(bodies.size(), start, sink);
    }

    private static double crawlerLoop(HttpFetcher fetcher, SourceProfile profile, FixtureServer server) throws InterruptedException {
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
        return rate((int) fetched, start, docs.get());
    }

    private static double rate(int n, long startNanos, long sink) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        return n / seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

}
