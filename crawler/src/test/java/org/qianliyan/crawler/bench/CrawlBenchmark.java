package org.qianliyan.crawler.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.qianliyan.crawler.Crawler;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/**
 * Crawl throughput against a bare HTTP fetch plus jsoup parse of the same URLs, in the same run
 * and with the same concurrency (docs/benchmarks/crawler.md). The pages are generated UTF-8 news
 * pages on a static site served by {@link StaticSiteServer} in a process of its own, spread over
 * many loopback hosts (127.0.0.2 …), each host a list page linking its articles. Per round:
 * <ol>
 * <li>baseline: {@code workers} threads take the URLs (list pages and articles) in turn, each a
 *     blocking {@link HttpURLConnection} GET (keep-alive) and {@code Jsoup.parse} of the bytes;</li>
 * <li>crawler: the whole {@link Crawler#runOnce()} from the list pages as seeds, {@code workers}
 *     workers, an in-memory frontier, a fresh {@link HttpFetcher} (SSRF guard with the loopback
 *     hosts allow-listed as the crawler tests do, robots.txt fetched per host, one connection per
 *     host, no politeness delay on loopback), extraction, link discovery, a counting sink.</li>
 * </ol>
 * The two alternate which goes first; each round prints both rates and this JVM's CPU time per page on
 * each side (the page server's is not counted on either). Usage:
 * {@code CrawlBenchmark [hosts=16] [pagesPerHost=25] [rounds=5] [workers=4] [pageBytes=60000]}.
 */
public final class CrawlBenchmark {

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CrawlBenchmark() {
    }

    /** @return the loopback address of host k of the benchmark site */
    static String hostAddress(int k) {
        return "127.0.0." + (2 + k);
    }

    /** Runs the benchmark and prints a line per round and the medians. */
    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int pagesPerHost = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int pageBytes = args.length > 4 ? Integer.parseInt(args[4]) : 60_000;
        Path site = Files.createTempDirectory("crawl-bench");
        long bytes = generate(site, hosts, pagesPerHost, pageBytes);
        // TCP_NODELAY as real web servers set it (nginx's tcp_nodelay is on by default): without it the JDK server's
        // last small segment of a page waits for the client's delayed ACK, ~40 ms on nearly every crawler fetch,
        // and the benchmark measured that timer instead of the crawler (docs/benchmarks/crawler.md).
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                StaticSiteServer.class.getName(), site.toString(), Integer.toString(hosts))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            int port = port(server.getInputStream());
            List<String> seeds = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (int k = 0; k < hosts; k++) {
                String base = "http://" + hostAddress(k) + ":" + port + "/h" + k;
                seeds.add(base + "/list.html");
                urls.add(base + "/list.html");
                for (int i = 1; i <= pagesPerHost; i++) {
                    urls.add(base + "/" + i + ".html?utm_source=list");
                }
            }
            Set<String> allow = new HashSet<>();
            for (int k = 0; k < hosts; k++) {
                allow.add(hostAddress(k) + ":" + port);
            }
            SourceProfile profile = new SourceProfile("bench", null, SourceKind.SITE, seeds, "/h\\d+/\\d+\\.html", null,
                    FieldSelectors.NONE, List.of(), Map.of(), null, true);
            System.out.printf("hosts=%d, pages=%d (mean %d bytes), workers=%d, rounds=%d (+1 warm-up), java=%s, cpus=%d,"
                    + " page server: a separate process%n", hosts, urls.size(), bytes / urls.size(), workers, rounds,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            double[] bare = new double[rounds];
            double[] crawl = new double[rounds];
            double[] bareCpu = new double[rounds];
            double[] crawlCpu = new double[rounds];
            for (int r = -1; r < rounds; r++) {
                Measured b;
                Measured c;
                if (r % 2 == 0) {
                    b = measure(urls.size(), () -> baseline(urls, workers));
                    c = measure(urls.size(), () -> crawler(profile, allow, workers, urls.size(), hosts * pagesPerHost));
                } else {
                    c = measure(urls.size(), () -> crawler(profile, allow, workers, urls.size(), hosts * pagesPerHost));
                    b = measure(urls.size(), () -> baseline(urls, workers));
                }
                if (r >= 0) {
                    bare[r] = b.pagesPerSecond();
                    crawl[r] = c.pagesPerSecond();
                    bareCpu[r] = b.cpuMsPerPage();
                    crawlCpu[r] = c.cpuMsPerPage();
                    System.out.printf("round %d: bare fetch+parse %.0f pages/s (%.2f ms CPU/page), crawler %.0f pages/s"
                            + " (%.2f ms CPU/page), ratio %.2f, CPU ratio %.2f%n", r + 1, bare[r], bareCpu[r], crawl[r],
                            crawlCpu[r], crawl[r] / bare[r], bareCpu[r] / crawlCpu[r]);
                }
            }
            double[] ratios = new double[rounds];
            double[] cpuRatios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = crawl[r] / bare[r];
                cpuRatios[r] = bareCpu[r] / crawlCpu[r];
            }
            System.out.printf("MEDIAN: bare fetch+parse %.0f pages/s, crawler %.0f pages/s, median ratio %.2f (min %.2f, max %.2f)%n",
                    median(bare), median(crawl), median(ratios), Arrays.stream(ratios).min().orElse(0),
                    Arrays.stream(ratios).max().orElse(0));
            System.out.printf("MEDIAN CPU: bare fetch+parse %.2f ms/page, crawler %.2f ms/page, median CPU ratio %.2f"
                    + " (min %.2f, max %.2f)%n", median(bareCpu), median(crawlCpu), median(cpuRatios),
                    Arrays.stream(cpuRatios).min().orElse(0), Arrays.stream(cpuRatios).max().orElse(0));
        } finally {
            server.getOutputStream().close();
            server.destroy();
            try (Stream<Path> files = Files.walk(site)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A side's rate and the CPU time this JVM spent per page on it (all its threads: workers, GC, compiler; not the
     * page server's). On a machine shared with other work the rates follow the load, the CPU per page much less.
     */
    private record Measured(double pagesPerSecond, double cpuMsPerPage) {
    }

    private static Measured measure(int pages, Callable<Double> side) throws Exception {
        long cpu = PROCESS.getProcessCpuTime();
        double rate = side.call();
        return new Measured(rate, (PROCESS.getProcessCpuTime() - cpu) / 1e6 / pages);
    }

    /** Writes {@code h<k>/list.html} and {@code h<k>/<i>.html} per host; @return the bytes written */
    private static long generate(Path site, int hosts, int pagesPerHost, int pageBytes) throws IOException {
        long bytes = 0;
        for (int k = 0; k < hosts; k++) {
            Path dir = Files.createDirectories(site.resolve("h" + k));
            StringBuilder list = new StringBuilder("<html><head><meta charset=utf-8><title>新闻列表</title></head><body><ul>");
            for (int i = 1; i <= pagesPerHost; i++) {
                byte[] article = FixtureSite.article(k * 10_000 + i, pageBytes);
                Files.write(dir.resolve(i + ".html"), article);
                bytes += article.length;
                list.append("<li><a href=\"/h").append(k).append('/').append(i).append(".html?utm_source=list\">第")
                        .append(i).append("篇</a></li>");
            }
            byte[] listBytes = list.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("list.html"), listBytes);
            bytes += listBytes.length;
        }
        return bytes;
    }

    private static int port(InputStream serverOut) throws IOException {
        String line = new BufferedReader(new InputStreamReader(serverOut, StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("port ")) {
            throw new IllegalStateException("the page server did not start: " + line);
        }
        return Integer.parseInt(line.substring(5));
    }

    /** @return pages/s of a bare GET and parse of every URL on {@code workers} threads */
    private static double baseline(List<String> urls, int workers) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong nodes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                        HttpURLConnection connection = (HttpURLConnection) URI.create(urls.get(i)).toURL().openConnection();
                        byte[] body;
                        try (InputStream in = connection.getInputStream()) {
                            body = in.readAllBytes();
                        }
                        nodes.addAndGet(Jsoup.parse(new ByteArrayInputStream(body), null, urls.get(i)).childNodeSize());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double rate = urls.size() / ((System.nanoTime() - start) / 1e9);
            if (nodes.get() < urls.size()) {
                throw new IllegalStateException("baseline parsed empty pages");
            }
            return rate;
        } finally {
            pool.shutdown();
        }
    }

    /** @return pages/s of a whole crawl pass over the site */
    private static double crawler(SourceProfile profile, Set<String> allow, int workers, int pages, int articles)
            throws InterruptedException {
        AtomicLong documents = new AtomicLong();
        CrawlerSettings settings = CrawlerSettings.defaults("bench").withWorkers(workers);
        try (HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults().withHostDelay(Duration.ZERO),
                new AddressGuard(HostResolver.SYSTEM, allow))) {
            Crawler crawler = new Crawler(new InMemoryFrontierStore(), fetcher, d -> documents.incrementAndGet(),
                    List.of(profile), settings, Clock.systemUTC());
            crawler.seed();
            long start = System.nanoTime();
            crawler.runOnce();
            double rate = pages / ((System.nanoTime() - start) / 1e9);
            SourceProgress progress = crawler.progress().get("bench");
            if (progress.fetched() != pages || documents.get() != articles) {
                throw new IllegalStateException("crawler fetched " + progress.fetched() + " of " + pages + " pages and stored "
                        + documents.get() + " of " + articles + " articles: " + progress);
            }
            return rate;
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
