package org.qianliyan.portal.search.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.csv.CsvWriter;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.elasticsearch.TestIndexSchema;
import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.search.SearchExport;
import org.qianliyan.portal.search.SearchHit;
import org.qianliyan.portal.search.SearchParameters;
import org.qianliyan.portal.support.BenchFigures;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Rows per second of the search exports ({@code /api/v1/search.csv} and {@code .xlsx}: {@link SearchExport}
 * counting, then reading from a point in time page by page and mapping each hit, {@link ExportColumns},
 * then our {@link CsvWriter} or {@link XlsxExportWriter}) against a plain loop that reads the same rows
 * (the same queries and order, pages of 1,000 with {@code search_after}, the typed client) and writes
 * each hit's id and source values separated by commas; same run, alternating. Output is discarded
 * (no disk, no network), so the figures are the server side's. Staff exports (posts of every kind).
 * Needs the indices of {@code SearchBenchmark} (run it first with {@code keep}).
 * Arguments: [runs, default 3]. Command in docs/benchmarks/search.md.
 */
public final class SearchExportBenchmark {

    private static final String PREFIX = "searchbench-";
    private static final int PAGE = 1000;
    private static final String BASE = "https://qianliyan.example";

    private SearchExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ElasticsearchClient client = ElasticsearchClients.connect(SharedElasticsearch.uri());
        try {
            IndexSchema schema = TestIndexSchema.open(client, PREFIX,
                    List.of(StandardIndices.FACILITIES, StandardIndices.CASES, StandardIndices.POSTS));
            TextAnalyzer analyzer = new TextAnalyzer(NlpSettings.defaults(), FacilitySource.none());
            SearchExport export = new SearchExport(client, schema,
                    new StaticListableBeanFactory(Map.of("analyzer", analyzer)).getBeanProvider(TextAnalyzer.class));
            Map<String, SearchParameters> searches = new LinkedHashMap<>();
            searches.put("cases with a fine (dataset=case, q=罚款)", SearchParameters.fromParameters(
                    Map.of("q", List.of("罚款"), "dataset", List.of("case"))));
            searches.put("posts (dataset=post, q=黑烟 超标)", SearchParameters.fromParameters(
                    Map.of("q", List.of("黑烟 超标"), "dataset", List.of("post"))));
            System.out.printf(Locale.ROOT, "cores: %d, load average before: %s%n", Runtime.getRuntime().availableProcessors(),
                    BenchFigures.loadAverage());
            for (Map.Entry<String, SearchParameters> search : searches.entrySet()) {
                Map<SearchHit.Kind, Query> queries = export.prepare(search.getValue(), true).queries();
                List<Double> csv = new ArrayList<>();
                List<Double> xlsx = new ArrayList<>();
                List<Double> plain = new ArrayList<>();
                long rows = 0;
                for (int run = 0; run < runs; run++) {
                    long[] counted = new long[3];
                    double csvSeconds = time(() -> counted[0] = csv(export, search.getValue()));
                    double plainSeconds = time(() -> counted[1] = plain(client, schema, queries));
                    double xlsxSeconds = time(() -> counted[2] = xlsx(export, search.getValue()));
                    if (counted[0] != counted[1] || counted[0] != counted[2]) {
                        throw new IllegalStateException("rows differ: csv " + counted[0] + ", plain " + counted[1]
                                + ", xlsx " + counted[2]);
                    }
                    rows = counted[0];
                    csv.add(csvSeconds);
                    plain.add(plainSeconds);
                    xlsx.add(xlsxSeconds);
                    System.out.printf(Locale.ROOT, "%s run %d: %,d rows, csv %.1f s, plain loop %.1f s, xlsx %.1f s%n",
                            search.getKey(), run + 1, rows, csvSeconds, plainSeconds, xlsxSeconds);
                }
                double c = BenchFigures.median(csv);
                double p = BenchFigures.median(plain);
                double x = BenchFigures.median(xlsx);
                System.out.printf(Locale.ROOT, "%s: %,d rows | CSV %,.0f rows/s | XLSX %,.0f rows/s | plain loop %,.0f rows/s"
                                + " | CSV/plain %.2f, XLSX/plain %.2f (medians of %d runs)%n",
                        search.getKey(), rows, rows / c, rows / x, rows / p, p / c, p / x, runs);
            }
            System.out.println("load average after: " + BenchFigures.loadAverage());
        } finally {
            client._transport().close();
        }
    }

    private static long csv(SearchExport export, SearchParameters parameters) {
        SearchExport.Prepared prepared = export.prepare(parameters, true);
        try (CsvWriter csv = CsvWriter.utf8(OutputStream.nullOutputStream())) {
            csv.row(ExportColumns.HEADERS);
            return prepared.forEach(hit -> csv.row(ExportColumns.cells(hit, BASE)));
        }
    }

    private static long xlsx(SearchExport export, SearchParameters parameters) throws IOException {
        SearchExport.Prepared prepared = export.prepare(parameters, true);
        try (XlsxExportWriter xlsx = new XlsxExportWriter(OutputStream.nullOutputStream(), ExportColumns.HEADERS)) {
            return prepared.forEach(hit -> xlsx.row(ExportColumns.cells(hit, BASE)));
        }
    }

    /** The baseline: a point in time, pages of 1,000 newest first, each hit written as its id and source values. */
    @SuppressWarnings("rawtypes")
    private static long plain(ElasticsearchClient client, IndexSchema schema, Map<SearchHit.Kind, Query> queries)
            throws IOException {
        long rows = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8))) {
            for (SearchHit.Kind kind : SearchHit.Kind.values()) {
                if (!queries.containsKey(kind)) {
                    continue;
                }
                String index = schema.alias(alias(kind));
                String pit = client.openPointInTime(o -> o.index(index).keepAlive(k -> k.time("2m"))).id();
                List<FieldValue> after = List.of();
                while (true) {
                    List<FieldValue> from = after;
                    SearchResponse<Map> response = client.search(s -> {
                        s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m"))).query(queries.get(kind)).size(PAGE)
                                .trackTotalHits(t -> t.enabled(false))
                                .sort(o -> o.field(f -> f.field(dateField(kind)).order(SortOrder.Desc)
                                        .missing(FieldValue.of("_last"))))
                                .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
                        if (!from.isEmpty()) {
                            s.searchAfter(from);
                        }
                        return s;
                    }, Map.class);
                    List<Hit<Map>> hits = response.hits().hits();
                    for (Hit<Map> hit : hits) {
                        out.write(hit.id());
                        for (Object value : hit.source().values()) {
                            out.write(',');
                            out.write(String.valueOf(value));
                        }
                        out.write('\n');
                        rows++;
                    }
                    if (hits.size() < PAGE) {
                        break;
                    }
                    after = hits.get(hits.size() - 1).sort();
                }
                client.closePointInTime(c -> c.id(pit));
            }
        }
        return rows;
    }

    private static String alias(SearchHit.Kind kind) {
        return switch (kind) {
            case FACILITY -> StandardIndices.FACILITIES.name();
            case CASE -> StandardIndices.CASES.name();
            case POST -> StandardIndices.POSTS.name();
        };
    }

    private static String dateField(SearchHit.Kind kind) {
        return switch (kind) {
            case FACILITY -> "start_date";
            case CASE -> CaseFields.DECISION_DATE;
            case POST -> PostFields.PUBLISHED_AT;
        };
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    private static double time(Timed timed) throws Exception {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
