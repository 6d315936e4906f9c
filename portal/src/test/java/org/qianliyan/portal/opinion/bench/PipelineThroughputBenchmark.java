package org.qianliyan.portal.opinion.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.support.TestIndices;
import org.qianliyan.testkit.EnvTextPosts;

/**
 * Pipeline throughput, from the crawler's output to a searchable post ({@link PostSink#acceptAll}
 * with the documents of one leased batch at a time, as the crawler calls it: masking, NLP, story
 * lookup, the {@code posts} writes, then a refresh), against the NLP analysis alone of
 * the same texts in the same run, on 1 and 2 worker threads as the crawler runs them. The texts
 * are the NLP benchmark's ({@link EnvTextPosts}); the posts go into an index of their own on the
 * Elasticsearch at {@code QIANLIYAN_TEST_ES_URL}, deleted afterwards. Arguments: the shared
 * directory, [measured runs, default 3]. See docs/benchmarks/pipeline.md for the command.
 */
public final class PipelineThroughputBenchmark {

    private static final int POST_LENGTH = 300;
    private static final int POSTS = 2_000;
    /** As the crawler hands documents over: the documents of one leased batch of URLs (its default batch size). */
    private static final int CRAWL_BATCH = CrawlerSettings.defaults("bench").batchSize();

    private PipelineThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = EnvTextPosts.of(shared, POST_LENGTH, POSTS);
        // No gazetteer: both sides would pay the same for it, and the baseline is the faster for its absence.
        TextAnalyzer analyzer = new TextAnalyzer(NlpSettings.defaults(), FacilitySource.none());
        System.out.printf("posts: %d of %d characters, cores: %d%n", texts.size(), POST_LENGTH,
                Runtime.getRuntime().availableProcessors());
        try (TestIndices indices = new TestIndices("pipelinebench", List.of(StandardIndices.POSTS))) {
            String index = indices.alias("posts");
            PostSink sink = new PostSink(analyzer, indices.client(), index);
            int batch = 0;
            for (int threads : new int[]{1, 2}) {
                double[] nlp = new double[runs];
                double[] pipeline = new double[runs];
                for (int r = -1; r < runs; r++) { // run -1 warms up
                    List<List<CrawledDocument>> batches = batches(documents(texts, "b" + batch++));
                    double nlpRate = texts.size() / seconds(texts, threads, analyzer::analyze, () -> null);
                    double pipelineRate = texts.size() / seconds(batches, threads, b -> stored(sink.acceptAll(b)),
                            () -> indices.client().indices().refresh(refresh -> refresh.index(index)));
                    if (r >= 0) {
                        nlp[r] = nlpRate;
                        pipeline[r] = pipelineRate;
                    }
                }
                System.out.printf("threads=%d: NLP alone %.0f docs/s, pipeline to searchable %.0f docs/s, median ratio"
                        + " %.2f  (NLP %s, pipeline %s)%n", threads, median(nlp), median(pipeline),
                        median(ratios(pipeline, nlp)), Arrays.toString(rounded(nlp)), Arrays.toString(rounded(pipeline)));
            }
            System.out.printf("posts stored: %,d (every run's documents are new posts)%n", indices.count(index));
        }
    }

    /** The texts as the crawler hands pages over, each under a URL of its own in this batch. */
    private static List<CrawledDocument> documents(List<String> texts, String batch) {
        List<CrawledDocument> documents = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < texts.size(); i++) {
            String url = "https://news.bench.invalid/" + batch + "/" + i + ".html";
            String text = texts.get(i);
            documents.add(new CrawledDocument(url, url, "bench-news", SourceKind.SITE, text.substring(0, 24).strip(), null,
                    now.minusSeconds(i), text, "<p>" + text + "</p>", Engagement.UNKNOWN, now, Integer.toHexString(text.hashCode()),
                    null));
        }
        return documents;
    }

    private static List<List<CrawledDocument>> batches(List<CrawledDocument> documents) {
        List<List<CrawledDocument>> batches = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += CRAWL_BATCH) {
            batches.add(documents.subList(from, Math.min(documents.size(), from + CRAWL_BATCH)));
        }
        return batches;
    }

    private static void stored(Map<CrawledDocument, String> failures) {
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Posts not stored: " + failures.values());
        }
    }

    /** Wall-clock seconds to work through the items on the pool, including {@code afterwards} (the refresh that makes posts searchable). */
    private static <T> double seconds(List<T> items, int threads, Consumer<T> work, Callable<?> afterwards)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < items.size(); i += threads) {
                        work.accept(items.get(i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            afterwards.call();
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] ratios(double[] ours, double[] baseline) {
        double[] ratios = new double[ours.length];
        for (int i = 0; i < ours.length; i++) {
            ratios[i] = ours[i] / baseline[i];
        }
        return ratios;
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
