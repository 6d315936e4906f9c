package org.qianliyan.portal.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.search.syntax.QueryParser;
import org.qianliyan.portal.search.syntax.SearchExpression;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * The whole result set of a search, for exports: each dataset in turn is read from a point
 * in time, newest first, page by page with {@code search_after}, and every hit is handed on
 * as it arrives, so no export holds more than one page in memory. The same query, filters
 * and public/staff line as {@link SearchService}.
 */
@Service
public class SearchExport {

    /** Rows one export may hold; a larger set is cut here (the count header says how many matched). */
    public static final long MAX_ROWS = 1_000_000;
    private static final int PAGE = 1000;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("2m"));

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final DatasetQuery datasetQuery;

    public SearchExport(ElasticsearchClient client, IndexSchema schema, ObjectProvider<TextAnalyzer> analyzer) {
        this.client = client;
        this.schema = schema;
        // Resolved on first use (HanLP loads lazily), then kept rather than looked up in the bean factory for every word.
        Supplier<TextAnalyzer> segmenter = SingletonSupplier.of(analyzer::getObject);
        this.datasetQuery = new DatasetQuery(new SearchQueries(text -> segmenter.get().segmentForIndex(text)));
    }

    /** A checked, counted export, ready to stream. */
    public final class Prepared {

        private final Map<SearchHit.Kind, Query> queries;
        private final long total;

        private Prepared(Map<SearchHit.Kind, Query> queries, long total) {
            this.queries = queries;
            this.total = total;
        }

        /** The query of each dataset exported (for the benchmark that reads the same rows with a plain loop). */
        public Map<SearchHit.Kind, Query> queries() {
            return Map.copyOf(queries);
        }

        /** How many rows the export will have. */
        public long total() {
            return Math.min(total, MAX_ROWS);
        }

        /** Hands every hit to {@code row}, dataset by dataset, newest first; returns how many. */
        public long forEach(Consumer<SearchHit> row) {
            long written = 0;
            for (SearchHit.Kind kind : SearchHit.Kind.values()) {
                if (queries.containsKey(kind) && written < MAX_ROWS) {
                    written += scan(kind, queries.get(kind), row, MAX_ROWS - written);
                }
            }
            return written;
        }
    }

    /**
     * Parses and counts the search before anything is written, so a bad query is still a 400.
     *
     * @throws org.qianliyan.portal.search.syntax.QuerySyntaxException for a query that does not parse
     */
    public Prepared prepare(SearchParameters parameters, boolean staff) {
        SearchExpression expression = QueryParser.parse(parameters.query());
        Map<SearchHit.Kind, Query> queries = new EnumMap<>(SearchHit.Kind.class);
        long total = 0;
        for (SearchHit.Kind kind : SearchHit.Kind.values()) {
            if (DatasetQuery.applies(kind, parameters, staff)) {
                Query query = datasetQuery.query(kind, expression, parameters, staff);
                queries.put(kind, query);
                total += call(() -> client.count(c -> c.index(alias(kind)).query(query)).count());
            }
        }
        return new Prepared(queries, total);
    }

    @SuppressWarnings("rawtypes")
    private long scan(SearchHit.Kind kind, Query query, Consumer<SearchHit> row, long limit) {
        String pit = call(() -> client.openPointInTime(o -> o.index(alias(kind)).keepAlive(KEEP_ALIVE)).id());
        try {
            long seen = 0;
            List<FieldValue> after = List.of();
            while (seen < limit) {
                String currentPit = pit;
                List<FieldValue> currentAfter = after;
                SearchResponse<Map> response = call(() -> client.search(s -> {
                    s.pit(p -> p.id(currentPit).keepAlive(KEEP_ALIVE)).query(query).size(PAGE).trackTotalHits(t -> t.enabled(false))
                            .sort(sort(kind));
                    if (!currentAfter.isEmpty()) {
                        s.searchAfter(currentAfter);
                    }
                    return s;
                }, Map.class));
                List<Hit<Map>> hits = response.hits().hits();
                for (Hit<Map> hit : hits) {
                    if (seen >= limit) {
                        break;
                    }
                    // The export has no column for linked plants, so their names are not looked up.
                    row.accept(SearchHitMapper.toHit(kind, hit.id(), hit.source(), Map.of(), Map.of()));
                    seen++;
                }
                if (hits.size() < PAGE) {
                    break;
                }
                pit = response.pitId() == null ? pit : response.pitId();
                after = hits.get(hits.size() - 1).sort();
            }
            return seen;
        } finally {
            String closing = pit;
            call(() -> client.closePointInTime(c -> c.id(closing)).succeeded());
        }
    }

    private static List<SortOptions> sort(SearchHit.Kind kind) {
        return List.of(
                SortOptions.of(s -> s.field(f -> f.field(DatasetFields.of(kind).dateField()).order(SortOrder.Desc)
                        .missing(FieldValue.of("_last")))),
                SortOptions.of(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
    }

    private String alias(SearchHit.Kind kind) {
        return schema.alias(DatasetFields.of(kind).alias());
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchFailedException("the export could not read from Elasticsearch", e);
        }
    }
}
