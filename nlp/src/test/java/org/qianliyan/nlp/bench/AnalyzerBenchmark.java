package org.qianliyan.nlp.bench;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.CsvFacilitySource;
import org.qianliyan.nlp.segment.HanLpRuntime;
import org.qianliyan.testkit.EnvTextPosts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Full analysis against bare HanLP standard segmentation of the same ~300-char real environment posts, in the
 * same run, on 1 and 2 threads; and the analyzer's retained heap. See docs/benchmarks/nlp.md for the command.
 * Besides wall-clock rates it reports docs per CPU-second of the worker threads, which stays meaningful when other
 * processes compete for the two cores.
 *
 * <p>Arguments: the shared data directory, optionally the number of measured runs (default 5).
 */
public final class AnalyzerBenchmark {

    private static final int POST_LENGTH = 300;

    private AnalyzerBenchmark() {
    }

    /** @param args shared directory [runs] */
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("qianliyan.shared-dir", "../shared"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> posts = EnvTextPosts.of(shared, POST_LENGTH, 2_000);
        System.out.printf("posts: %d, mean length %.0f chars%n", posts.size(),
                posts.stream().mapToInt(String::length).average().orElse(0));

        HanLpRuntime.ensureInitialised();
        Segment bare = new ViterbiSegment();
        bare.seg("加载核心词典"); // load HanLP's dictionaries before measuring heap
        long before = usedHeapAfterGc();
        TextAnalyzer analyzer = new TextAnalyzer(NlpSettings.defaults(),
                new CsvFacilitySource(shared.resolve("data/ljgk-plants/incinerator_plants_ljgk_2024-05.csv")));
        long after = usedHeapAfterGc();
        System.out.printf("analyzer retained heap (beyond HanLP's own dictionaries): %.1f MB%n",
                (after - before) / 1024.0 / 1024.0);

        for (int threads : new int[]{1, 2}) {
            double[] bareWall = new double[runs];
            double[] fullWall = new double[runs];
            double[] bareCpu = new double[runs];
            double[] fullCpu = new double[runs];
            for (int warm = 0; warm < 2; warm++) {
                rate(posts, threads, bare::seg);
                rate(posts, threads, analyzer::analyze);
            }
            for (int r = 0; r < runs; r++) {
                Rate b = rate(posts, threads, bare::seg);
                Rate f = rate(posts, threads, analyzer::analyze);
                bareWall[r] = b.wall();
                fullWall[r] = f.wall();
                bareCpu[r] = b.perCpuSecond();
                fullCpu[r] = f.perCpuSecond();
            }
            System.out.printf("threads=%d wall clock:  bare %.0f docs/s, full %.0f docs/s, median per-run ratio %.0f %%"
                            + "  (bare %s, full %s)%n", threads, median(bareWall), median(fullWall),
                    median(ratios(fullWall, bareWall)), fmt(bareWall), fmt(fullWall));
            System.out.printf("threads=%d CPU time:    bare %.0f docs/CPU-s, full %.0f docs/CPU-s, median per-run ratio "
                            + "%.0f %%  (bare %s, full %s)%n", threads, median(bareCpu), median(fullCpu),
                    median(ratios(fullCpu, bareCpu)), fmt(bareCpu), fmt(fullCpu));
        }
        // keeps the analyzer reachable until here, so the heap figure above is what it retains
        System.out.println("max text length " + analyzer.settings().maxTextLength());
    }

    /** Wall-clock docs/s of the whole pool, and docs per CPU-second summed over the workers. */
    private record Rate(double wall, double perCpuSecond) {
    }

    private static Rate rate(List<String> posts, int threads, Consumer<String> work) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long cpu = mx.getCurrentThreadCpuTime();
                    for (int i = offset; i < posts.size(); i += threads) {
                        work.accept(posts.get(i));
                    }
                    return mx.getCurrentThreadCpuTime() - cpu;
                }));
            }
            long cpuNanos = 0;
            for (Future<Long> f : futures) {
                cpuNanos += f.get();
            }
            double wall = posts.size() / ((System.nanoTime() - start) / 1e9);
            return new Rate(wall, posts.size() / (cpuNanos / 1e9));
        } finally {
            pool.shutdown();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double[] ratios(double[] full, double[] bare) {
        double[] ratios = new double[full.length];
        for (int i = 0; i < full.length; i++) {
            ratios[i] = 100 * full[i] / bare[i];
        }
        return ratios;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String fmt(double[] values) {
        return Arrays.toString(Arrays.stream(values).mapToLong(Math::round).toArray());
    }
}
