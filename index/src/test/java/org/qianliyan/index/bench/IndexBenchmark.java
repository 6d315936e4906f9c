package org.qianliyan.index.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.ingest.BulkReport;
import org.qianliyan.index.ingest.BulkWriter;
import org.qianliyan.index.ingest.BulkWriterSettings;
import org.qianliyan.index.server.EmbeddedElasticsearch;
import org.qianliyan.index.server.EmbeddedElasticsearchSettings;
import org.qianliyan.index.server.RunningElasticsearch;
import org.qianliyan.index.testing.FreePort;

/**
 * Elasticsearch start time (cold: fresh unpack and first start; warm: already unpacked,
 * data directory kept) and ingest of the same small documents by {@link BulkWriter}
 * against raw {@code _bulk} requests of 1,000 documents, alternating, in one run.
 *
 * <pre>
 * java -cp … org.qianliyan.index.bench.IndexBenchmark ARCHIVE WORK_DIR [START_RUNS] [INGEST_RUNS] [DOCUMENTS]
 * (defaults 3, 3, 100000; START_RUNS 0 skips the start-time part)
 * </pre>
 *
 * See docs/benchmarks/index.md for the full command and the results.
 */
public final class IndexBenchmark {

    private static final int RAW_BATCH = 1_000;
    private static final String INDEX = "bench-documents";
    private static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"dynamic": "strict", "properties": {
               "name": {"type": "keyword"}, "province": {"type": "keyword"}, "city": {"type": "keyword"},
               "capacity": {"type": "integer"}, "day": {"type": "date"}, "verdict": {"type": "keyword"}}}}
            """;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path work = Path.of(args[1]).toAbsolutePath();
        int startRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int ingestRuns = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int documents = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        Path data = work.resolve("data");

        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int run = 0; run < startRuns; run++) {
            deleteRecursively(data);
            cold.add(timeStart(archive, data));
        }
        for (int run = 0; run < startRuns; run++) {
            warm.add(timeStart(archive, data));
        }
        if (startRuns > 0) {
            System.out.printf("start cold (unpack + start to yellow): median %d ms of %s%n", median(cold), cold);
            System.out.printf("start warm (unpacked, to yellow):      median %d ms of %s%n", median(warm), warm);
        }

        List<Map<String, Object>> docs = documents(documents);
        try (RunningElasticsearch es = launcher(archive, data).start(message -> { })) {
            ElasticsearchClient client = ElasticsearchClients.connect(es.httpUri());
            try {
                List<Long> raw = new ArrayList<>();
                List<Long> typed = new ArrayList<>();
                List<Long> ours = new ArrayList<>();
                measure(client, docs, IndexBenchmark::rawBulk);
                measure(client, docs, IndexBenchmark::bulkWriter);
                for (int run = 0; run < ingestRuns; run++) {
                    raw.add(measure(client, docs, IndexBenchmark::rawBulk));
                    typed.add(measure(client, docs, IndexBenchmark::typedBulk));
                    ours.add(measure(client, docs, IndexBenchmark::bulkWriter));
                }
                System.out.printf("ingest %d documents, raw _bulk (%d per request): median %d ms of %s, %.0f docs/s%n",
                        documents, RAW_BATCH, median(raw), raw, documents * 1000.0 / median(raw));
                System.out.printf("ingest %d documents, typed client.bulk (%d per request): median %d ms of %s, %.0f docs/s%n",
                        documents, RAW_BATCH, median(typed), typed, documents * 1000.0 / median(typed));
                System.out.printf("ingest %d documents, BulkWriter (defaults):      median %d ms of %s, %.0f docs/s%n",
                        documents, median(ours), ours, documents * 1000.0 / median(ours));
                System.out.printf("BulkWriter / raw time ratio: %.2f%n", (double) median(ours) / median(raw));
            } finally {
                client._transport().close(); // its I/O threads would keep the JVM alive after a failure
            }
        }
    }

    private static long timeStart(Path archive, Path data) {
        long begin = System.nanoTime();
        try (RunningElasticsearch es = launcher(archive, data).start(message -> { })) {
            return (System.nanoTime() - begin) / 1_000_000;
        }
    }

    private static EmbeddedElasticsearch launcher(Path archive, Path data) {
        return new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(archive, data, FreePort.find(), "512m",
                Duration.ofMinutes(5)));
    }

    /** One timed ingest into a fresh index; the clock stops when every document is searchable. */
    private static long measure(ElasticsearchClient client, List<Map<String, Object>> docs,
            Ingest ingest) throws IOException {
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        client.indices().create(c -> c.index(INDEX).withJson(new StringReader(MAPPING)));
        long begin = System.nanoTime();
        ingest.run(client, docs);
        client.indices().refresh(r -> r.index(INDEX));
        long millis = (System.nanoTime() - begin) / 1_000_000;
        long count = client.count(c -> c.index(INDEX)).count();
        if (count != docs.size()) {
            throw new IllegalStateException("expected " + docs.size() + " documents, found " + count);
        }
        return millis;
    }

    @FunctionalInterface
    private interface Ingest {
        void run(ElasticsearchClient client, List<Map<String, Object>> docs) throws IOException;
    }

    private static void bulkWriter(ElasticsearchClient client, List<Map<String, Object>> docs) {
        try (BulkWriter writer = new BulkWriter(client, BulkWriterSettings.defaults())) {
            for (Map<String, Object> doc : docs) {
                writer.index(INDEX, (String) doc.get("name"), doc);
            }
            BulkReport report = writer.flush();
            if (!report.allSucceeded()) {
                throw new IllegalStateException("failures: " + report.failures().get(0));
            }
        }
    }

    /** Between the two: the typed client's bulk API with the documents as maps, no batching logic or retries. */
    private static void typedBulk(ElasticsearchClient client, List<Map<String, Object>> docs) throws IOException {
        for (int from = 0; from < docs.size(); from += RAW_BATCH) {
            List<BulkOperation> operations = docs.subList(from, Math.min(docs.size(), from + RAW_BATCH)).stream()
                    .map(doc -> BulkOperation.of(op -> op.index(i -> i.index(INDEX).id((String) doc.get("name")).document(doc))))
                    .toList();
            if (client.bulk(bulk -> bulk.operations(operations)).errors()) {
                throw new IllegalStateException("typed bulk had errors");
            }
        }
    }

    /** The baseline: NDJSON bodies written with Jackson and posted to {@code _bulk}, nothing else. */
    private static void rawBulk(ElasticsearchClient client, List<Map<String, Object>> docs) throws IOException {
        var rest = ((RestClientTransport) client._transport()).restClient();
        ObjectMapper json = new ObjectMapper();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> doc = docs.get(i);
            body.write(("{\"index\":{\"_index\":\"" + INDEX + "\",\"_id\":\"" + doc.get("name") + "\"}}\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(json.writeValueAsBytes(doc));
            body.write('\n');
            if ((i + 1) % RAW_BATCH == 0 || i == docs.size() - 1) {
                Request request = new Request("POST", "/_bulk");
                request.setEntity(new NByteArrayEntity(body.toByteArray(), ContentType.create("application/x-ndjson")));
                Response response = rest.performRequest(request);
                String text = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
                if (text.startsWith("{\"errors\":true")) {
                    throw new IllegalStateException("raw bulk had errors");
                }
                body.reset();
            }
        }
    }

    private static List<Map<String, Object>> documents(int count) {
        String[] provinces = {"山东省", "江苏省", "浙江省", "广东省", "四川省"};
        String[] verdicts = {"compliant", "exceedance", "no-data"};
        List<Map<String, Object>> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(Map.of("name", "plant-" + i, "province", provinces[i % provinces.length],
                    "city", "城市" + (i % 300), "capacity", 300 + i % 1200,
                    "day", "2024-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28), "verdict", verdicts[i % 3]));
        }
        return docs;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
