package org.qianliyan.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qianliyan.index.testing.ElasticsearchExtension;
import org.qianliyan.index.testing.TestElasticsearch;

@ExtendWith(ElasticsearchExtension.class)
class IndexLifecycleIT {

    private static final String MAPPINGS = "/org/qianliyan/index/mappings/";
    private final IndexDefinition version1 = new IndexDefinition("places", MAPPINGS + "lifecycle-test-v1.json");
    private final IndexDefinition version2 = new IndexDefinition("places", MAPPINGS + "lifecycle-test-v2.json");

    @Test
    void every_standard_index_is_created_behind_its_alias_and_ensuring_again_changes_nothing(TestElasticsearch es)
            throws IOException {
        var lifecycle = new IndexLifecycle(es.client(), es.indexNames());

        lifecycle.ensure(StandardIndices.ALL);
        lifecycle.ensure(StandardIndices.ALL);

        for (IndexDefinition definition : StandardIndices.ALL) {
            var behind = es.client().indices().getAlias(get -> get.name(es.indexNames().alias(definition.name()))).result();
            assertThat(behind.keySet()).containsExactly(es.indexNames().concrete(definition));
        }
    }

    @Test
    void a_changed_mapping_is_migrated_by_reindex_without_losing_a_document(TestElasticsearch es) throws IOException {
        var lifecycle = new IndexLifecycle(es.client(), es.indexNames());
        String alias = es.indexNames().alias("places");
        lifecycle.ensure(List.of(version1));
        for (int i = 0; i < 250; i++) {
            String name = "plant-" + i;
            es.client().index(index -> index.index(alias).id(name).document(Map.of("name", name)));
        }
        es.refresh();

        lifecycle.ensure(List.of(version2));
        es.client().index(index -> index.index(alias).id("new").document(Map.of("name", "new", "city", "济宁市")));
        es.refresh();

        assertThat(es.client().count(count -> count.index(alias)).count()).isEqualTo(251);
        var behind = es.client().indices().getAlias(get -> get.name(alias)).result();
        assertThat(behind.keySet()).containsExactly(es.indexNames().concrete(version2));
        assertThat(es.client().indices().exists(e -> e.index(es.indexNames().concrete(version1))).value()).isFalse();
        SearchResponse<Map> byCity = es.client().search(search -> search.index(alias)
                .query(query -> query.term(term -> term.field("city").value("济宁市"))), Map.class);
        assertThat(byCity.hits().hits()).extracting(hit -> hit.id()).containsExactly("new");
    }

    @Test
    void a_migration_upgrades_every_document_it_copies(TestElasticsearch es) throws IOException {
        var lifecycle = new IndexLifecycle(es.client(), es.indexNames());
        String alias = es.indexNames().alias("towns");
        lifecycle.ensure(List.of(new IndexDefinition("towns", version1.mappingResource())));
        es.client().index(index -> index.index(alias).id("old").document(Map.of("name", "济宁市|任城区")));
        es.refresh();
        DocumentUpgrade splitCity = source -> {
            String[] parts = source.get("name").toString().split("\\|");
            return parts.length == 1 ? source : Map.of("name", parts[1], "city", parts[0]);
        };

        lifecycle.ensure(List.of(new IndexDefinition("towns", version2.mappingResource(), splitCity)));
        es.refresh();

        SearchResponse<Map> byCity = es.client().search(search -> search.index(alias)
                .query(query -> query.term(term -> term.field("city").value("济宁市"))), Map.class);
        assertThat(byCity.hits().hits()).extracting(hit -> hit.source().get("name")).containsExactly("任城区");
    }

    @Test
    void the_version_follows_the_mapping_content() {
        assertThat(version1.version()).hasSize(8).isNotEqualTo(version2.version());
        assertThat(version1.version()).isEqualTo(new IndexDefinition("other", version1.mappingResource()).version());
    }
}
