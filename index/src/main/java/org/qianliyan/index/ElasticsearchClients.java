package org.qianliyan.index;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * A client for code that lives outside Spring (tests, benchmarks): Jackson with Java time
 * types written as ISO strings, like the portal's auto-configured client.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    /** A client for the cluster at {@code uri}; close its transport ({@code client._transport().close()}) when done. */
    public static ElasticsearchClient connect(URI uri) {
        RestClient rest = RestClient.builder(new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme())).build();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(mapper)));
    }
}
