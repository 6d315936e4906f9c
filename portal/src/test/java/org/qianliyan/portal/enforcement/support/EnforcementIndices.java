package org.qianliyan.portal.enforcement.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.qianliyan.index.schema.StandardIndices;

/**
 * A real Elasticsearch (QIANLIYAN_TEST_ES_URL, default http://127.0.0.1:9200) with a
 * cases and a facilities index under a prefix of their own, created from the production
 * mapping of the index module and deleted by {@link #close()}.
 */
public final class EnforcementIndices implements AutoCloseable {

    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final String prefix;

    public EnforcementIndices() throws IOException {
        String url = System.getenv().getOrDefault("QIANLIYAN_TEST_ES_URL", "http://127.0.0.1:9200");
        this.restClient = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        this.prefix = "enforcement-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "-";
        String definition = StandardIndices.CASES.json();
        client.indices().create(c -> c.index(cases()).withJson(new StringReader(definition)));
        client.indices().create(c -> c.index(facilities()));
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String cases() {
        return prefix + "cases";
    }

    public String facilities() {
        return prefix + "facilities";
    }

    public long count(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.count(c -> c.index(index)).count();
    }

    @Override
    public void close() throws IOException {
        client.indices().delete(d -> d.index(cases(), facilities()).ignoreUnavailable(true));
        restClient.close();
    }
}
