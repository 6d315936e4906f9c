package org.qianliyan.index.query;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.index.IndexException;

/**
 * Reads every document of an index, page by page, from a point in time, so the walk is
 * consistent and not limited to the 10,000-hit search window. (This server distribution
 * has no {@code _reindex}; migrations copy with this.)
 *
 * <pre>{@code
 * IndexScan.of(client, "qianliyan-facilities", 1000).forEach(Map.class, hit -> names.add(hit.source()));
 * }</pre>
 */
public final class IndexScan {

    private static final Time KEEP_ALIVE = Time.of(t -> t.time("2m"));

    private final ElasticsearchClient client;
    private final String index;
    private final int pageSize;

    private IndexScan(ElasticsearchClient client, String index, int pageSize) {
        this.client = client;
        this.index = index;
        this.pageSize = pageSize;
    }

    public static IndexScan of(ElasticsearchClient client, String index, int pageSize) {
        return new IndexScan(client, index, pageSize);
    }

    /** Calls {@code consumer} with every hit, with only the listed source fields when any are given. */
    public <T> long forEach(Class<T> type, Consumer<Hit<T>> consumer, String... sourceFields) {
        String pit = null;
        try {
            pit = client.openPointInTime(open -> open.index(index).keepAlive(KEEP_ALIVE)).id();
            long seen = 0;
            List<FieldValue> after = null;
            while (true) {
                SearchRequest request = page(pit, after, sourceFields);
                SearchResponse<T> response = client.search(request, type);
                List<Hit<T>> hits = response.hits().hits();
                hits.forEach(consumer);
                seen += hits.size();
                if (hits.size() < pageSize) {
                    return seen;
                }
                pit = response.pitId() == null ? pit : response.pitId();
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new IndexException("cannot read " + index + " from Elasticsearch", e);
        } finally {
            close(pit);
        }
    }

    private SearchRequest page(String pit, List<FieldValue> after, String... sourceFields) {
        return SearchRequest.of(search -> {
            search.size(pageSize)
                    .pit(p -> p.id(pit).keepAlive(KEEP_ALIVE))
                    .sort(sort -> sort.field(field -> field.field("_shard_doc").order(SortOrder.Asc)));
            if (sourceFields.length > 0) {
                search.source(source -> source.filter(filter -> filter.includes(List.of(sourceFields))));
            }
            if (after != null) {
                search.searchAfter(after);
            }
            return search;
        });
    }

    private void close(String pit) {
        if (pit == null) {
            return;
        }
        try {
            client.closePointInTime(close -> close.id(pit));
        } catch (IOException | RuntimeException e) {
            // The point in time expires on its own after its keep-alive.
        }
    }
}
