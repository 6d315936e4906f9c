package org.qianliyan.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qianliyan.index.testing.ElasticsearchExtension;
import org.qianliyan.index.testing.TestElasticsearch;

/**
 * A batch of writes is seen whole or not at all: until it commits, readers see the old index
 * and other writers are refused; abandoning it changes nothing; a batch whose process died is
 * rolled back by {@link StagedIndices#recover}, one whose process lives is left alone.
 */
@ExtendWith(ElasticsearchExtension.class)
class StagedIndicesIT {

    private static final String MAPPING = "/org/qianliyan/index/mappings/lifecycle-test-v1.json";

    @Test
    void a_batch_closed_without_commit_leaves_readers_and_writers_as_they_were(TestElasticsearch es) throws IOException {
        IndexDefinition places = new IndexDefinition("abandoned", MAPPING);
        String alias = prepare(es, places);
        String staged;
        try (StagedIndices batch = StagedIndices.begin(es.client(), es.indexNames(), List.of(places), doc -> true)) {
            staged = batch.index(places.name());
            es.client().index(i -> i.index(staged).id("new").document(Map.of("name", "new")));
        }

        assertThat(count(es, alias)).isEqualTo(2);
        assertThat(es.client().indices().exists(e -> e.index(staged)).value()).isFalse();
        es.client().index(i -> i.index(alias).id("later").document(Map.of("name", "later")));
        assertThat(count(es, alias)).isEqualTo(3);
    }

    @Test
    void a_commit_shows_the_kept_documents_and_the_new_ones_at_once(TestElasticsearch es) throws IOException {
        IndexDefinition places = new IndexDefinition("committed", MAPPING);
        String alias = prepare(es, places);
        String old = es.indexNames().concrete(places);
        try (StagedIndices batch = StagedIndices.begin(es.client(), es.indexNames(), List.of(places),
                doc -> !"drop".equals(doc.get("name")))) {
            es.client().index(i -> i.index(batch.index(places.name())).id("new").document(Map.of("name", "new")));
            es.client().indices().refresh(r -> r.index(batch.index(places.name())));

            assertThat(count(es, alias)).as("readers still see the old index").isEqualTo(2);
            assertThatThrownBy(() -> es.client().index(i -> i.index(alias).id("x").document(Map.of("name", "x"))))
                    .as("a concurrent writer is refused, not lost").hasMessageContaining("blocked");

            batch.commit();
        }

        assertThat(ids(es, alias)).containsExactlyInAnyOrder("keep", "new");
        assertThat(es.client().indices().exists(e -> e.index(old)).value()).isFalse();
        new IndexLifecycle(es.client(), es.indexNames()).ensure(List.of(places));
        assertThat(ids(es, alias)).as("a generation counts as the current version").containsExactlyInAnyOrder("keep", "new");
        var settings = es.client().indices().getSettings(g -> g.index(alias)).result().values().iterator().next().settings();
        assertThat(settings.index().refreshInterval()).as("the generation refreshes periodically, like any index").isNull();
        es.client().index(i -> i.index(alias).id("after").document(Map.of("name", "after")));
        assertThat(count(es, alias)).as("the committed generation takes writes").isEqualTo(3);
    }

    @Test
    void recovery_rolls_back_a_batch_whose_writer_died_and_leaves_a_living_one(TestElasticsearch es) throws Exception {
        IndexDefinition places = new IndexDefinition("crashed", MAPPING);
        String alias = prepare(es, places);
        StagedIndices crashed = StagedIndices.begin(es.client(), es.indexNames(), List.of(places), doc -> true);
        String staged = crashed.index(places.name());

        StagedIndices.recover(es.client(), es.indexNames(), List.of(places));
        assertThat(es.client().indices().exists(e -> e.index(staged)).value()).as("its writer (this JVM) lives").isTrue();

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Map<String, Object> deadWriter = Map.of("host", InetAddress.getLocalHost().getHostName(), "pid", gone.pid(),
                "started", Instant.now().toString());
        es.client().indices().putMapping(p -> p.index(staged).meta("staged_by", JsonData.of(deadWriter)));

        StagedIndices.recover(es.client(), es.indexNames(), List.of(places));

        assertThat(es.client().indices().exists(e -> e.index(staged)).value()).isFalse();
        es.client().index(i -> i.index(alias).id("after").document(Map.of("name", "after")));
        assertThat(count(es, alias)).as("the index in use takes writes again").isEqualTo(3);
    }

    private static String prepare(TestElasticsearch es, IndexDefinition places) throws IOException {
        new IndexLifecycle(es.client(), es.indexNames()).ensure(List.of(places));
        String alias = es.indexNames().alias(places.name());
        es.client().index(i -> i.index(alias).id("keep").document(Map.of("name", "keep")));
        es.client().index(i -> i.index(alias).id("drop").document(Map.of("name", "drop")));
        es.refresh();
        return alias;
    }

    private static long count(TestElasticsearch es, String alias) throws IOException {
        es.client().indices().refresh(r -> r.index(alias));
        return es.client().count(c -> c.index(alias)).count();
    }

    @SuppressWarnings("rawtypes")
    private static List<String> ids(TestElasticsearch es, String alias) throws IOException {
        es.client().indices().refresh(r -> r.index(alias));
        return es.client().search(s -> s.index(alias), Map.class).hits().hits().stream().map(h -> h.id()).toList();
    }
}
