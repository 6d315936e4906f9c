package org.qianliyan.portal.search.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.elasticsearch.TestIndexSchema;
import org.qianliyan.portal.enforcement.demo.DemoCaseGenerator;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.support.GeneratedPosts;

/**
 * The data of the search benchmarks, under a fixed prefix so that it is generated once and reused
 * by later runs: {@link GeneratedPosts} (the opinion benchmark's), the demo generator's cases,
 * and the 400 plants the posts name. An index whose count differs from the one asked for is
 * dropped and loaded again.
 */
final class SearchBenchData {

    /** The benchmarks' prefix; a test uses one of its own. */
    static final String PREFIX = "searchbench-";
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    static final List<IndexDefinition> INDICES = List.of(StandardIndices.FACILITIES, StandardIndices.CASES,
            StandardIndices.POSTS);
    private static final String[][] PLACES = {{"浙江省", "杭州市", "余杭区"}, {"山东省", "济宁市", "金乡县"},
            {"广东省", "佛山市", "南海区"}, {"江苏省", "常州市", "武进区"}};
    private static final int BATCH = 5_000;

    private SearchBenchData() {
    }

    /** The schema over the indices under {@code prefix} holding {@code posts} posts and {@code cases} cases. */
    static IndexSchema ensure(ElasticsearchClient client, String prefix, int posts, int cases) throws Exception {
        IndexLifecycle lifecycle = new IndexLifecycle(client, new IndexNames(prefix));
        IndexSchema schema = TestIndexSchema.open(client, prefix, INDICES);
        if (count(client, schema.alias("facilities")) != GeneratedPosts.FACILITIES
                || count(client, schema.alias("posts")) != posts || count(client, schema.alias("cases")) != cases) {
            System.out.printf("generating %,d posts, %,d cases, %d plants under %s%n", posts, cases,
                    GeneratedPosts.FACILITIES, prefix);
            long started = System.nanoTime();
            lifecycle.deleteAll(INDICES);
            schema = TestIndexSchema.open(client, prefix, INDICES);
            loadPlants(client, schema.alias("facilities"));
            loadCases(client, schema.alias("cases"), cases);
            GeneratedPosts.load(client, schema.alias("posts"), posts, LAST_DAY);
            System.out.printf("generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
        }
        return schema;
    }

    /** Deletes the indices under {@code prefix}. */
    static void delete(ElasticsearchClient client, String prefix) {
        new IndexLifecycle(client, new IndexNames(prefix)).deleteAll(INDICES);
    }

    private static long count(ElasticsearchClient client, String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    private static void loadPlants(ElasticsearchClient client, String alias) throws Exception {
        GeneratedPosts.bulk(client, alias, GeneratedPosts.FACILITIES, (n, batch) -> {
            String[] place = PLACES[n % PLACES.length];
            Map<String, Object> plant = new HashMap<>();
            plant.put("kind", "incinerator");
            plant.put("name", GeneratedPosts.facilityName(n));
            plant.put("province", place[0]);
            plant.put("city", place[1]);
            plant.put("county", place[2]);
            plant.put("address", place[1] + place[2] + "环保路" + n + "号");
            plant.put("start_date", LocalDate.of(2005 + n % 19, 1 + n % 12, 1 + n % 28).toString());
            batch.add(BulkOperation.of(op -> op.index(x -> x.index(alias).id("f" + n).document(plant))));
        });
    }

    private static void loadCases(ElasticsearchClient client, String alias, int count) throws IOException {
        DemoCaseGenerator generator = new DemoCaseGenerator(42);
        CaseWriter writer = new CaseWriter(client, alias);
        List<EnforcementCase> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            batch.add(generator.next(i, Optional.empty()));
            if (batch.size() == BATCH || i == count - 1) {
                if (!writer.write(batch).isEmpty()) {
                    throw new IllegalStateException("cases refused");
                }
                batch.clear();
            }
        }
        writer.refresh();
    }
}
