package org.qianliyan.portal.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.search.SearchPage;
import org.qianliyan.portal.search.SearchParameters;
import org.qianliyan.portal.search.SearchService;
import org.qianliyan.portal.support.BenchFigures;
import org.qianliyan.portal.support.RawMsearch;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Latency of the search API against the same Elasticsearch requests sent raw, for the twenty
 * {@link SearchBenchQueries}: "ours" is {@link SearchService#search} (parse the query, segment its
 * words with HanLP, build the {@code _msearch}, send it, parse the response, merge, map the hits
 * and facets) plus writing the page as JSON as {@code GET /api/v1/search} does; the baseline is the
 * very {@code _msearch} the service builds for that page, serialised once and sent through the
 * low-level REST client, response read but not parsed. The two alternate in each round (which
 * goes first alternates too). Data: {@link SearchBenchData}, generated on the first run and kept.
 * Arguments: [posts, default 1000000] [cases, default 100000] [rounds, default 30] [keep|delete,
 * default keep]. Command in docs/benchmarks/search.md.
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 5;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        boolean delete = args.length > 3 && args[3].equals("delete");
        ElasticsearchClient client = ElasticsearchClients.connect(SharedElasticsearch.uri());
        try {
            IndexSchema schema = SearchBenchData.ensure(client, SearchBenchData.PREFIX, posts, cases);
            SearchService service = service(client, schema);
            ObjectMapper json = new ObjectMapper();
            List<SearchBenchQueries.BenchQuery> queries = SearchBenchQueries.all();
            List<SearchParameters> pages = new ArrayList<>();
            List<RawMsearch> raws = new ArrayList<>();
            for (SearchBenchQueries.BenchQuery query : queries) {
                SearchParameters page = query.resolve(service);
                pages.add(page);
                raws.add(RawMsearch.of(client, service.request(page, query.staff()).orElseThrow()));
            }
            List<List<Double>> ours = new ArrayList<>();
            List<List<Double>> raw = new ArrayList<>();
            List<SearchPage> answers = new ArrayList<>();
            for (int q = 0; q < queries.size(); q++) {
                ours.add(new ArrayList<>());
                raw.add(new ArrayList<>());
                answers.add(null);
            }
            for (int round = -WARM_UP; round < rounds; round++) {
                for (int q = 0; q < queries.size(); q++) {
                    boolean staff = queries.get(q).staff();
                    double[] pair = new double[2];
                    for (int turn = 0; turn < 2; turn++) {
                        boolean oursNow = (turn == 0) == (Math.floorMod(round + q, 2) == 0);
                        long start = System.nanoTime();
                        if (oursNow) {
                            SearchPage answer = service.search(pages.get(q), staff);
                            json.writeValueAsBytes(answer);
                            answers.set(q, answer);
                        } else {
                            raws.get(q).send();
                        }
                        pair[oursNow ? 0 : 1] = (System.nanoTime() - start) / 1e6;
                    }
                    if (round >= 0) {
                        ours.get(q).add(pair[0]);
                        raw.get(q).add(pair[1]);
                    }
                }
            }
            report(queries, answers, ours, raw, posts, cases, rounds);
            reportClientSide(service, json, queries, pages, answers);
        } finally {
            if (delete) {
                SearchBenchData.delete(client, SearchBenchData.PREFIX);
            }
            client._transport().close();
        }
    }

    static SearchService service(ElasticsearchClient client, IndexSchema schema) {
        TextAnalyzer analyzer = new TextAnalyzer(NlpSettings.defaults(), FacilitySource.none());
        return new SearchService(client, schema,
                new StaticListableBeanFactory(java.util.Map.of("analyzer", analyzer)).getBeanProvider(TextAnalyzer.class));
    }

    private static void report(List<SearchBenchQueries.BenchQuery> queries, List<SearchPage> answers, List<List<Double>> ours,
                               List<List<Double>> raw, int posts, int cases, int rounds) {
        System.out.printf(Locale.ROOT, "%,d posts, %,d cases, %d rounds, cores: %d, load average at the end of the rounds: %s%n", posts, cases,
                rounds, Runtime.getRuntime().availableProcessors(), BenchFigures.loadAverage());
        System.out.println("| query | audience | matches | API p50 / p95 ms | raw p50 / p95 ms | ratio p50 / p95 |");
        System.out.println("|---|---|---|---|---|---|");
        List<Double> allOurs = new ArrayList<>();
        List<Double> allRaw = new ArrayList<>();
        List<Double> medianRatios = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            allOurs.addAll(ours.get(q));
            allRaw.addAll(raw.get(q));
            double ratio = pct(ours.get(q), 50) / pct(raw.get(q), 50);
            medianRatios.add(ratio);
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f / %.1f | %.1f / %.1f | %.2f× / %.2f× |%n",
                    queries.get(q).name(), queries.get(q).staff() ? "staff" : "public", answers.get(q).total(),
                    pct(ours.get(q), 50), pct(ours.get(q), 95), pct(raw.get(q), 50), pct(raw.get(q), 95), ratio,
                    pct(ours.get(q), 95) / pct(raw.get(q), 95));
        }
        System.out.printf(Locale.ROOT, "all %d queries pooled: API p50 %.1f ms p95 %.1f ms | raw p50 %.1f ms p95 %.1f ms"
                        + " | ratio p50 %.2f×, p95 %.2f× | median of per-query p50 ratios %.2f×, worst %.2f×%n",
                queries.size(), pct(allOurs, 50), pct(allOurs, 95), pct(allRaw, 50), pct(allRaw, 95),
                pct(allOurs, 50) / pct(allRaw, 50), pct(allOurs, 95) / pct(allRaw, 95), pct(medianRatios, 50),
                medianRatios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    /**
     * Where our side's own time goes, without Elasticsearch: building the request (parsing the query, HanLP
     * segmentation of its words, the queries of every dataset) and writing the page as JSON.
     */
    private static void reportClientSide(SearchService service, ObjectMapper json, List<SearchBenchQueries.BenchQuery> queries,
                                         List<SearchParameters> pages, List<SearchPage> answers) throws Exception {
        List<Double> build = new ArrayList<>();
        List<Double> write = new ArrayList<>();
        for (int repeat = 0; repeat < 200; repeat++) {
            for (int q = 0; q < queries.size(); q++) {
                long start = System.nanoTime();
                service.request(pages.get(q), queries.get(q).staff());
                long built = System.nanoTime();
                json.writeValueAsBytes(answers.get(q));
                long written = System.nanoTime();
                if (repeat >= 50) {
                    build.add((built - start) / 1e6);
                    write.add((written - built) / 1e6);
                }
            }
        }
        System.out.printf(Locale.ROOT, "client side alone, all queries: build the _msearch p50 %.3f ms p95 %.3f ms;"
                + " write the page as JSON p50 %.3f ms p95 %.3f ms%n", pct(build, 50), pct(build, 95), pct(write, 50),
                pct(write, 95));
    }

    static double pct(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
