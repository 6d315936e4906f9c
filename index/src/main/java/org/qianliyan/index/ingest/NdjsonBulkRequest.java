package org.qianliyan.index.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.qianliyan.index.IndexException;

/**
 * One {@code _bulk} request written and read without the typed client: the action lines and
 * the already serialised documents go out as one ndjson body through the transport's
 * low-level client, and only each item's status and error come back ({@code filter_path}).
 * The typed client builds every action line through JSON-P and reads every item of the
 * answer into objects, which cost as much again as Elasticsearch's own work on a batch of
 * 2,000 documents (docs/benchmarks/incinerator.md, import).
 */
final class NdjsonBulkRequest {

    /** What became of one document: its status, and Elasticsearch's error when it was refused. */
    record Item(int status, String error) {
    }

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    private final RestClient rest;
    private final boolean refresh;

    NdjsonBulkRequest(ElasticsearchClient client, boolean refresh) {
        if (!(client._transport() instanceof RestClientTransport transport)) {
            throw new IndexException("bulk writes need the REST client transport, not "
                    + client._transport().getClass().getName());
        }
        this.rest = transport.restClient();
        this.refresh = refresh;
    }

    /**
     * @return one item per document, in order
     * @throws org.elasticsearch.client.ResponseException when the whole request is refused, with its status
     * @throws IOException                                 when Elasticsearch cannot be reached
     */
    List<Item> send(List<PendingDocument> documents) throws IOException {
        Request request = new Request("POST", "/_bulk");
        request.addParameter("filter_path", "items.*.status,items.*.error");
        if (refresh) {
            request.addParameter("refresh", "true");
        }
        request.setEntity(new ByteArrayEntity(body(documents), NDJSON));
        try (InputStream answer = rest.performRequest(request).getEntity().getContent()) {
            return items(JSON.readTree(answer), documents.size());
        }
    }

    private static byte[] body(List<PendingDocument> documents) throws IOException {
        var body = new ByteArrayOutputStream(documents.size() * 512);
        for (PendingDocument document : documents) {
            body.write("{\"index\":{\"_index\":\"".getBytes(StandardCharsets.UTF_8));
            body.write(QUOTE.quoteAsUTF8(document.index()));
            body.write("\",\"_id\":\"".getBytes(StandardCharsets.UTF_8));
            body.write(QUOTE.quoteAsUTF8(document.id()));
            body.write("\"}}\n".getBytes(StandardCharsets.UTF_8));
            document.json().writeTo(body);
            body.write('\n');
        }
        return body.toByteArray();
    }

    private static List<Item> items(JsonNode answer, int expected) {
        JsonNode items = answer.path("items");
        if (items.size() != expected) {
            throw new IndexException("a bulk request of " + expected + " documents was answered for " + items.size());
        }
        List<Item> result = new ArrayList<>(expected);
        for (JsonNode item : items) {
            JsonNode outcome = item.elements().next();
            JsonNode error = outcome.get("error");
            result.add(new Item(outcome.path("status").asInt(), error == null ? null : describe(error)));
        }
        return result;
    }

    private static String describe(JsonNode error) {
        String reason = error.path("type").asText() + ": " + error.path("reason").asText();
        JsonNode cause = error.get("caused_by");
        return cause == null ? reason : reason + " (caused by " + cause.path("reason").asText() + ")";
    }
}
