package org.qianliyan.portal.support;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.json.stream.JsonGenerator;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * The baseline of the benchmarks that time a service's {@code _msearch}: the very request the
 * service builds, serialised once by the client's own mapper, sent through the low-level REST
 * client with nothing built, parsed or mapped around it.
 */
public final class RawMsearch {

    private final RestClient rest;
    private final String path;
    private final String body;

    private RawMsearch(RestClient rest, String path, String body) {
        this.rest = rest;
        this.path = path;
        this.body = body;
    }

    /** Captures {@code request} as the NDJSON body the client would send (one header and one body line per search). */
    public static RawMsearch of(ElasticsearchClient client, MsearchRequest request) {
        JsonpMapper mapper = client._jsonpMapper();
        StringBuilder out = new StringBuilder();
        for (var item : request.searches()) {
            out.append(item.header().index().isEmpty() ? "{}"
                    : "{\"index\":\"" + String.join(",", item.header().index()) + "\"}").append('\n');
            StringWriter line = new StringWriter();
            try (JsonGenerator generator = mapper.jsonProvider().createGenerator(line)) {
                item.body().serialize(generator, mapper);
            }
            out.append(line).append('\n');
        }
        String path = request.index().isEmpty() ? "/_msearch" : "/" + String.join(",", request.index()) + "/_msearch";
        return new RawMsearch(((RestClientTransport) client._transport()).restClient(), path, out.toString());
    }

    public String body() {
        return body;
    }

    /** Sends the request and reads the whole response without parsing it; returns its length in bytes. */
    public long send() throws IOException {
        return EntityUtils.toByteArray(post().getEntity()).length;
    }

    /** Sends the request and returns the response text, for a test comparing it with the service's answer. */
    public String sendForText() throws IOException {
        return EntityUtils.toString(post().getEntity(), StandardCharsets.UTF_8);
    }

    private org.elasticsearch.client.Response post() throws IOException {
        Request request = new Request("POST", path);
        request.addParameter("typed_keys", "true"); // as the typed client sends it, so that both read the same answer
        request.setEntity(new NStringEntity(body, ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        return rest.performRequest(request);
    }
}
