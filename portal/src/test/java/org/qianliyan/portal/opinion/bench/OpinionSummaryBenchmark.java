package org.qianliyan.portal.opinion.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummaryService;
import org.qianliyan.portal.support.GeneratedPosts;
import org.qianliyan.portal.support.RawMsearch;
import org.qianliyan.portal.support.TestIndices;

/**
 * Latency of the opinion summary (one {@code _msearch}: every figure's aggregations and the two
 * keyword samples, then parsing and hot words) against the same {@code _msearch} body sent raw
 * through the low-level REST client with the response left unparsed, over generated posts in
 * a {@code posts} index of its own ({@link GeneratedPosts}) (deleted afterwards). Arguments: [posts, default 1000000]
 * [queries per filter, default 50]. See docs/opinion.md for the command.
 */
public final class OpinionSummaryBenchmark {

    private OpinionSummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocalDate lastDay = LocalDate.of(2026, 11, 30);
        try (TestIndices indices = new TestIndices("opinionbench", List.of(StandardIndices.POSTS))) {
            String index = indices.alias("posts");
            long started = System.nanoTime();
            GeneratedPosts.load(indices.client(), index, posts, lastDay);
            System.out.printf("posts: %,d over %d days, loaded in %.0f s, cores: %d%n", posts, GeneratedPosts.DAYS,
                    (System.nanoTime() - started) / 1e9, Runtime.getRuntime().availableProcessors());
            OpinionSummaryService service = new OpinionSummaryService(indices.client(), index);
            Map<String, OpinionFilter> filters = new java.util.LinkedHashMap<>();
            filters.put("last 7 days by day", OpinionFilter.lastWeek(lastDay));
            filters.put("last 30 days by day, negative", OpinionFilter.parse(Map.of("from", lastDay.minusDays(29).toString(),
                    "to", lastDay.toString(), "sentiment", "negative"), lastDay));
            filters.put("last day by hour, topic air", OpinionFilter.parse(Map.of("from", lastDay.toString(),
                    "to", lastDay.toString(), "interval", "hour", "topic", "air"), lastDay));
            for (Map.Entry<String, OpinionFilter> f : filters.entrySet()) {
                RawMsearch raw = RawMsearch.of(indices.client(), service.request(f.getValue()));
                for (int warm = 0; warm < 10; warm++) {
                    service.summarize(f.getValue());
                    raw.send();
                }
                List<Double> ours = new ArrayList<>();
                List<Double> baseline = new ArrayList<>();
                for (int q = 0; q < queries; q++) {
                    long t0 = System.nanoTime();
                    long total = service.summarize(f.getValue()).total();
                    long t1 = System.nanoTime();
                    raw.send();
                    long t2 = System.nanoTime();
                    ours.add((t1 - t0) / 1e6);
                    baseline.add((t2 - t1) / 1e6);
                    if (q == 0) {
                        System.out.printf("%s: %,d posts match%n", f.getKey(), total);
                    }
                }
                System.out.printf("%s: summary p50 %.1f ms p95 %.1f ms | raw _msearch p50 %.1f ms p95 %.1f ms | ratio p50 %.2f x, p95 %.2f x%n",
                        f.getKey(), pct(ours, 50), pct(ours, 95), pct(baseline, 50), pct(baseline, 95),
                        pct(ours, 50) / pct(baseline, 50), pct(ours, 95) / pct(baseline, 95));
            }
        }
    }

    private static double pct(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
