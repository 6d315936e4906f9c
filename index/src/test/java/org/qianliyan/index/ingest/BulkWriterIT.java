package org.qianliyan.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.testing.ElasticsearchExtension;
import org.qianliyan.index.testing.TestElasticsearch;

@ExtendWith(ElasticsearchExtension.class)
class BulkWriterIT {

    /** Strict mapping of {@code name} and {@code city}: any other field is a mapping conflict. */
    private static final IndexDefinition PLACES =
            new IndexDefinition("places", "/org/qianliyan/index/mappings/lifecycle-test-v2.json");

    private TestElasticsearch es;
    private String alias;

    @BeforeEach
    void emptyIndex(TestElasticsearch es) {
        this.es = es;
        this.alias = es.indexNames().alias(PLACES.name());
        var lifecycle = new IndexLifecycle(es.client(), es.indexNames());
        lifecycle.deleteAll(List.of(PLACES));
        lifecycle.ensure(List.of(PLACES));
    }

    @Test
    void documents_are_written_in_several_batches_and_all_counted() throws IOException {
        var settings = new BulkWriterSettings(100, 4096, Backoff.standard(), true);
        BulkReport report;
        try (BulkWriter writer = new BulkWriter(es.client(), settings)) {
            for (int i = 0; i < 1234; i++) {
                writer.index(alias, "p" + i, Map.of("name", "厂" + i, "city", "济宁市"));
            }
            writer.indexJson(alias, "raw", "{\"name\":\"raw\"}".getBytes(StandardCharsets.UTF_8));
            report = writer.flush();
        }

        assertThat(report.succeeded()).isEqualTo(1235);
        assertThat(report.allSucceeded()).isTrue();
        assertThat(count()).isEqualTo(1235);
    }

    @Test
    void a_document_that_conflicts_with_the_mapping_is_reported_and_the_others_are_written() throws IOException {
        BulkReport report;
        try (BulkWriter writer = new BulkWriter(es.client(), BulkWriterSettings.defaults().refreshing())) {
            writer.index(alias, "good-1", Map.of("name", "one"));
            writer.index(alias, "bad", Map.of("name", "two", "population", 5));
            writer.index(alias, "good-2", Map.of("name", "three"));
            report = writer.flush();
        }

        assertThat(report.succeeded()).isEqualTo(2);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("bad");
            assertThat(failure.index()).isEqualTo(alias);
            assertThat(failure.status()).isEqualTo(400);
            assertThat(failure.reason()).contains("strict_dynamic_mapping_exception").contains("population");
        });
        assertThat(report.retries()).isZero();
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void writes_refused_with_429_are_retried_until_elasticsearch_takes_them() throws Exception {
        // The flood-stage disk block answers 429 to every write into this index only.
        blockWrites(true);
        CompletableFuture<Void> unblock = CompletableFuture.runAsync(this::liftBlock,
                CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS));
        var patient = new BulkWriterSettings(1_000, 1 << 20, new Backoff(10, Duration.ofMillis(200), Duration.ofSeconds(1)), true);
        BulkReport report;
        try (BulkWriter writer = new BulkWriter(es.client(), patient)) {
            for (int i = 0; i < 50; i++) {
                writer.index(alias, "p" + i, Map.of("name", "厂" + i));
            }
            report = writer.flush();
        } finally {
            unblock.get(10, TimeUnit.SECONDS);
        }

        assertThat(report.retries()).isPositive();
        assertThat(report.allSucceeded()).isTrue();
        assertThat(report.succeeded()).isEqualTo(50);
        assertThat(count()).isEqualTo(50);
    }

    @Test
    void a_document_still_refused_with_429_after_every_attempt_is_reported_as_given_up() throws IOException {
        blockWrites(true);
        var impatient = new BulkWriterSettings(1_000, 1 << 20, new Backoff(2, Duration.ofMillis(10), Duration.ofMillis(10)), false);
        BulkReport report;
        try (BulkWriter writer = new BulkWriter(es.client(), impatient)) {
            writer.index(alias, "late", Map.of("name", "late"));
            report = writer.flush();
        } finally {
            blockWrites(false);
        }

        assertThat(report.succeeded()).isZero();
        assertThat(report.retries()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("late");
            assertThat(failure.status()).isEqualTo(429);
            assertThat(failure.reason()).startsWith("gave up after 2 attempts");
        });
    }

    private void liftBlock() {
        try {
            blockWrites(false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void blockWrites(boolean blocked) throws IOException {
        String json = "{\"index.blocks.read_only_allow_delete\":" + (blocked ? "true" : "null") + "}";
        es.client().indices().putSettings(put -> put.index(alias).withJson(new StringReader(json)));
    }

    private long count() throws IOException {
        es.refresh();
        return es.client().count(count -> count.index(alias)).count();
    }
}
