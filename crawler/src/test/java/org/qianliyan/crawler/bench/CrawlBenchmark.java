package org.qianliyan.crawler.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;

/**
 * Crawl throughput against a bare HTTP fetch plus jsoup parse of the same URLs, in the same run
 * and with the same concurrency (docs/benchmarks/crawler.md), on the generated site of {@link BenchSite}. Per round:
 * <ol>
 * <li>baseline: {@code workers} threads take the URLs (list pages and articles) in turn, each a
 *     blocking {@link HttpURLConnection} GET (keep-alive) and {@code Jsoup.parse} of the bytes;</li>
 * <li>crawler: {@link BenchSite#crawl} with an in-memory frontier.</li>
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

    /** Runs the benchmark and prints a line per round and the medians. */
    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int pagesPerHost = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int pageBytes = args.length > 4 ? Integer.parseInt(args[4]) : 60_000;
        try (BenchSite site = BenchSite.start(hosts, pagesPerHost, pageBytes)) {
            List<String> urls = site.urls();
            System.out.printf("hosts=%d, pages=%d (mean %d bytes), workers=%d, rounds=%d (+1 warm-up), java=%s, cpus=%d,"
                    + " page server: a separate process%n", hosts, urls.size(), site.meanPageBytes(), workers, rounds,
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
                    c = measure(urls.size(), () -> site.crawl(new InMemoryFrontierStore(), workers));
                } else {
                    c = measure(urls.size(), () -> site.crawl(new InMemoryFrontierStore(), workers));
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
        }
    }

    /**
     * A side's rate and the CPU time this JVM spent per page on it (all its threads: workers, GC, compiler; not the
     * page server's). On a machine shared with other work the rates follow the load, the CPU per page much less.
     */
    public record Measured(double pagesPerSecond, double cpuMsPerPage) {
    }

    public static Measured measure(int pages, Callable<Double> side) throws Exception {
        long cpu = PROCESS.getProcessCpuTime();
        double rate = side.call();
        return new Measured(rate, (PROCESS.getProcessCpuTime() - cpu) / 1e6 / pages);
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

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
