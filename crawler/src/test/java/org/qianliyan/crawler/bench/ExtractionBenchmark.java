package org.qianliyan.crawler.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.qianliyan.crawler.extract.ArticleExtractor;
import org.qianliyan.crawler.extract.FetchedPage;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;

/**
 * Extraction alone against the jsoup parse it contains, on {@link CrawlBenchmark}'s article pages,
 * one thread, no network (docs/benchmarks/crawler.md). Each round runs the extractor over the pages
 * for a given CPU time, then {@code Jsoup.parse} of the same bytes for as long, and prints the
 * thread's CPU time per page of each: CPU time rather than wall-clock time, as the machine is shared.
 * Usage: {@code ExtractionBenchmark [cpuSecondsPerSide=3] [rounds=5]}.
 */
public final class ExtractionBenchmark {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private ExtractionBenchmark() {
    }

    /** Runs the rounds (the first is a warm-up) and prints the medians. */
    public static void main(String[] args) throws IOException {
        long cpuPerSide = (long) (Double.parseDouble(args.length > 0 ? args[0] : "3") * 1e9);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        byte[][] pages = new byte[50][];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = FixtureSite.article(10_000 + i, 60_000);
        }
        SourceProfile profile = new SourceProfile("bench", null, SourceKind.SITE, List.of("http://127.0.0.2/h0/list.html"),
                "/h\\d+/\\d+\\.html", null, FieldSelectors.NONE, List.of(), Map.of(), null, true);
        ArticleExtractor extractor = new ArticleExtractor();
        double[] extract = new double[rounds];
        double[] parse = new double[rounds];
        long sink = 0;
        for (int r = -1; r < rounds; r++) {
            long start = THREAD.getCurrentThreadCpuTime();
            int n = 0;
            for (; THREAD.getCurrentThreadCpuTime() - start < cpuPerSide; n++) {
                String url = "http://127.0.0.2/h0/" + n % pages.length + ".html";
                sink += extractor.extract(new FetchedPage(url, url, "text/html; charset=utf-8", pages[n % pages.length],
                        Instant.EPOCH), profile).documents().get(0).text().length();
            }
            double e = (THREAD.getCurrentThreadCpuTime() - start) / 1e6 / n;
            start = THREAD.getCurrentThreadCpuTime();
            int m = 0;
            for (; THREAD.getCurrentThreadCpuTime() - start < cpuPerSide; m++) {
                sink += Jsoup.parse(new ByteArrayInputStream(pages[m % pages.length]), null, "http://127.0.0.2/h0/")
                        .childNodeSize();
            }
            double p = (THREAD.getCurrentThreadCpuTime() - start) / 1e6 / m;
            if (r >= 0) {
                extract[r] = e;
                parse[r] = p;
                System.out.printf("round %d: extraction %.3f ms CPU/page, parse alone %.3f ms CPU/page, %.1fx%n", r + 1, e, p,
                        e / p);
            }
        }
        System.out.printf("MEDIAN: extraction %.3f ms CPU/page, parse alone %.3f ms CPU/page (checksum %d)%n",
                CrawlBenchmark.median(extract), CrawlBenchmark.median(parse), sink % 10);
    }
}
