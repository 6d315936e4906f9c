package org.qianliyan.portal.crawl.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qianliyan.crawler.bench.BenchSite;
import org.qianliyan.crawler.bench.CrawlBenchmark;
import org.qianliyan.crawler.bench.CrawlBenchmark.Measured;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;
import org.qianliyan.portal.crawl.CrawlIndices;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.support.BenchFigures;

/**
 * A whole crawl with the shared Elasticsearch frontier ({@code crawl-status}, what several crawler
 * processes use) against the same crawl with an in-memory frontier, in the same run: what sharing
 * the frontier costs. Same site ({@link BenchSite}: generated pages on many loopback hosts, served
 * by a process of its own), same workers; each Elasticsearch crawl gets fresh indices, created
 * before its clock starts and deleted after. The sides alternate which goes first; one warm-up
 * round. Elasticsearch: {@code QIANLIYAN_TEST_ES_URL}, or the build's own. Usage:
 * {@code FrontierCrawlBenchmark [hosts=16] [pagesPerHost=25] [rounds=5] [workers=4]}; command in
 * docs/benchmarks/crawler.md.
 */
public final class FrontierCrawlBenchmark {

    private FrontierCrawlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int pagesPerHost = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        try (BenchSite site = BenchSite.start(hosts, pagesPerHost, 60_000)) {
            int pages = site.urls().size();
            System.out.printf(Locale.ROOT, "hosts=%d, pages=%d, workers=%d, rounds=%d (+1 warm-up), cpus=%d, load average %s%n",
                    hosts, pages, workers, rounds, Runtime.getRuntime().availableProcessors(), BenchFigures.loadAverage());
            List<Double> ratios = new ArrayList<>();
            List<Double> memoryRates = new ArrayList<>();
            List<Double> sharedRates = new ArrayList<>();
            for (int r = -1; r < rounds; r++) {
                Measured memory;
                Measured shared;
                if (r % 2 == 0) {
                    memory = CrawlBenchmark.measure(pages, () -> site.crawl(new InMemoryFrontierStore(), workers));
                    shared = sharedFrontierCrawl(site, workers);
                } else {
                    shared = sharedFrontierCrawl(site, workers);
                    memory = CrawlBenchmark.measure(pages, () -> site.crawl(new InMemoryFrontierStore(), workers));
                }
                if (r >= 0) {
                    double ratio = shared.pagesPerSecond() / memory.pagesPerSecond();
                    ratios.add(ratio);
                    memoryRates.add(memory.pagesPerSecond());
                    sharedRates.add(shared.pagesPerSecond());
                    System.out.printf(Locale.ROOT, "round %d: in-memory frontier %.0f pages/s (%.2f ms CPU/page), Elasticsearch"
                            + " frontier %.0f pages/s (%.2f ms CPU/page in this JVM), ratio %.2f%n", r + 1,
                            memory.pagesPerSecond(), memory.cpuMsPerPage(), shared.pagesPerSecond(), shared.cpuMsPerPage(), ratio);
                }
            }
            System.out.printf(Locale.ROOT, "MEDIAN: in-memory frontier %.0f pages/s, Elasticsearch frontier %.0f pages/s,"
                    + " ratio %.2f; load average after %s%n", BenchFigures.median(memoryRates), BenchFigures.median(sharedRates),
                    BenchFigures.median(ratios), BenchFigures.loadAverage());
        }
    }

    private static Measured sharedFrontierCrawl(BenchSite site, int workers) throws Exception {
        try (CrawlIndices indices = new CrawlIndices()) {
            ElasticsearchFrontierStore frontier = new ElasticsearchFrontierStore(indices.client(), indices.crawlStatus());
            return CrawlBenchmark.measure(site.urls().size(), () -> site.crawl(frontier, workers));
        }
    }
}
