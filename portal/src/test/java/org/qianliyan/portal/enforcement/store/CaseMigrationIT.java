package org.qianliyan.portal.enforcement.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.search.CaseSearch;

/**
 * An existing data directory whose {@code cases} index still has the camelCase mapping: starting the portal (the
 * lifecycle with the enforcement feature's definition) migrates it, and the case reads back typed.
 */
class CaseMigrationIT {

    /** The mapping before issue 13, byte for byte, so its version is the one existing data directories have. */
    private static final IndexDefinition CAMEL_CASE =
            new IndexDefinition("cases", "/org/qianliyan/index/mappings/cases-camel-case.json");
    private static final IndexDefinition CURRENT = StandardIndices.CASES.withUpgrade(new CaseDocumentUpgrade());

    private final ElasticsearchClient client = ElasticsearchClients.connect(SharedElasticsearch.uri());
    private final IndexNames names = new IndexNames(
            "case-migration-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "-");
    private final IndexLifecycle lifecycle = new IndexLifecycle(client, names);

    @AfterEach
    void deleteIndices() throws IOException {
        try {
            lifecycle.deleteAll(List.of(CURRENT));
        } finally {
            client._transport().close();
        }
    }

    @Test
    void a_case_stored_under_the_camel_case_mapping_reads_back_typed_after_the_migration() throws IOException {
        String alias = migrateOneCamelCaseCase();

        assertThat(client.indices().getAlias(a -> a.name(alias)).result().keySet())
                .containsExactly(names.concrete(CURRENT));
        EnforcementCase migrated = new CaseSearch(client, alias).byId("camel-case-1").orElseThrow();
        assertThat(migrated.partyName()).isEqualTo("示例环保能源(常州)有限公司");
        assertThat(migrated.decisionNumber()).isEqualTo("常环罚〔2023〕12号");
        assertThat(migrated.decisionDate()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(migrated.penaltyAmount()).map(PenaltyAmount::yuan).hasValueSatisfying(
                yuan -> assertThat(yuan).isEqualByComparingTo(new BigDecimal("50000")));
        assertThat(migrated.facility().facilityId()).isEqualTo("plant-changzhou");
        assertThat(migrated.facility().basis()).isEqualTo(LinkBasis.CREDIT_CODE);
        assertThat(migrated.supervision()).hasValueSatisfying(order -> {
            assertThat(order.orderNumber()).isEqualTo("苏环督〔2023〕3号");
            assertThat(order.history()).hasSize(1);
        });
        assertThat(migrated.details().legalRepresentative()).isEqualTo("张某");
        assertThat(migrated.details().remarks()).isEqualTo("已缴纳");
    }

    @Test
    void the_migrated_case_is_found_by_the_snake_case_fields_it_is_searched_and_faceted_on() throws IOException {
        String alias = migrateOneCamelCaseCase();

        long byParty = client.count(c -> c.index(alias).query(q -> q.term(t -> t.field(CaseFields.PARTY_NAME_KEYWORD)
                .value("示例环保能源(常州)有限公司")))).count();
        assertThat(byParty).isEqualTo(1);
        ObjectNode stored = client.get(g -> g.index(alias).id("camel-case-1"), ObjectNode.class).source();
        assertThat(stored.has("partyName")).isFalse();
        assertThat(stored.path(CaseFields.SUPERVISION).has("order_number")).isTrue();
    }

    /** Stores the saved camelCase case under the old mapping, then starts as the current version would. */
    private String migrateOneCamelCaseCase() throws IOException {
        String alias = names.alias("cases");
        lifecycle.ensure(List.of(CAMEL_CASE));
        try (InputStream old = CaseMigrationIT.class.getResourceAsStream("/enforcement/case-camel-case.json")) {
            client.index(i -> i.index(alias).id("camel-case-1").withJson(old));
        }
        client.indices().refresh(r -> r.index(alias));
        lifecycle.ensure(List.of(CURRENT));
        return alias;
    }
}
