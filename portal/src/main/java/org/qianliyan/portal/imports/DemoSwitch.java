package org.qianliyan.portal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.qianliyan.portal.elasticsearch.IndexSchema;

/**
 * Whether the generated demo data may still be generated. Once real data has been imported
 * the demo is off for good: a marker document in the {@code portal-state} index says so,
 * kept with the data it concerns (an external cluster too), so that a restart, with real
 * plants but perhaps no cases yet, does not bring 示例 records back.
 */
public class DemoSwitch {

    static final String INDEX = "portal-state";
    static final String MARKER = "demo";

    private final ElasticsearchClient client;
    private final String alias;

    public DemoSwitch(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.alias = schema.alias(INDEX);
    }

    /** @return true once real data has been imported into this installation */
    public boolean retired() {
        try {
            return client.exists(e -> e.index(alias).id(MARKER)).value();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the demo marker failed", e);
        }
    }

    /** Turns the demo off from now on, noting which import did it. */
    public void retire(String dataset) {
        try {
            client.index(i -> i.index(alias).id(MARKER).refresh(Refresh.True)
                    .document(Map.of("demo_retired_by", dataset, "demo_retired_at", Instant.now().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the demo marker failed", e);
        }
    }
}
