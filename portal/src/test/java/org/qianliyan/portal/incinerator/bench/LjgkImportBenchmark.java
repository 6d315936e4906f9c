package org.qianliyan.portal.incinerator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.query.IndexScan;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.elasticsearch.TestIndexSchema;
import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.imports.ImportReport;
import org.qianliyan.portal.incinerator.imports.LjgkFiles;
import org.qianliyan.portal.incinerator.imports.LjgkImporter;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.incinerator.store.PlantRepository;
import org.qianliyan.portal.support.BenchFigures;

/**
 * {@code import ljgk} with Elasticsearch against a raw {@code _bulk} of the same documents, same
 * run. Ours: {@link LjgkImporter#importFiles} (the command's whole path: read and validate every
 * row, stage new generations of the three indices, parse again, judge, bulk-write, refresh, swap
 * the aliases, delete the old generations) into fresh indices. Then every document the import
 * left is read back, serialised into {@code _bulk} bodies of 2,000 documents (the import's batch)
 * before the clock starts, and sent through the low-level REST client into fresh indices of the
 * same mappings, then refreshed: the baseline. Which goes first alternates. All indices are
 * deleted afterwards. Arguments: [runs, default 3] [plants file] [furnaces file] [daily file]
 * (default: the real exports under ../shared/data, read in place). Command in
 * docs/benchmarks/incinerator.md.
 */
public final class LjgkImportBenchmark {

    private static final List<IndexDefinition> INDICES = List.of(StandardIndices.FACILITIES,
            IndexDefinition.of(IncineratorIndices.MONITORING_DAYS), IndexDefinition.of(IncineratorIndices.COMPLIANCE_DAYS));
    private static final int BULK_DOCUMENTS = 2_000;
    /** Stands for the index prefix in the captured bodies, replaced per run before the clock starts. */
    private static final String PREFIX_MARK = "@prefix@";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LjgkImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path data = Path.of("..", "shared", "data");
        LjgkFiles files = new LjgkFiles(
                args.length > 1 ? Path.of(args[1]) : data.resolve("ljgk-plants/incinerator_plants_ljgk_2024-05.csv"),
                args.length > 2 ? Path.of(args[2]) : data.resolve("ljgk-plants/incinerator_furnaces_ljgk_2023-04.csv"),
                args.length > 3 ? Path.of(args[3]) : data.resolve("ljgk-daily/incinerator_daily_avg_2023-12-01_to_03.csv"));
        ElasticsearchClient client = ElasticsearchClients.connect(SharedElasticsearch.uri());
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        System.out.printf(Locale.ROOT, "cores: %d, load average before: %s%n", Runtime.getRuntime().availableProcessors(),
                BenchFigures.loadAverage());
        List<Double> ours = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> rawWithCreation = new ArrayList<>();
        try {
            // A first import, untimed (it warms the JVM), gives the documents the baseline sends.
            String capturePrefix = "ljgkbench-capture-";
            List<String> bodies;
            try {
                timeImport(client, capturePrefix, files);
                bodies = bulkBodies(client, capturePrefix);
            } finally {
                delete(client, capturePrefix);
            }
            long documents = bodies.stream().mapToLong(b -> b.lines().count() / 2).sum();
            for (int run = 1; run <= runs; run++) {
                String oursPrefix = "ljgkbench-" + run + "-import-";
                String rawPrefix = "ljgkbench-" + run + "-raw-";
                try {
                    double importSeconds;
                    double[] rawSeconds;
                    if (run % 2 == 1) {
                        importSeconds = timeImport(client, oursPrefix, files);
                        rawSeconds = timeRawBulk(rest, rawPrefix, bodies);
                    } else {
                        rawSeconds = timeRawBulk(rest, rawPrefix, bodies);
                        importSeconds = timeImport(client, oursPrefix, files);
                    }
                    ours.add(importSeconds);
                    raw.add(rawSeconds[1]);
                    rawWithCreation.add(rawSeconds[0] + rawSeconds[1]);
                    System.out.printf(Locale.ROOT, "run %d: %,d documents | import %.2f s (%,.0f docs/s) | raw: create 3 indices"
                                    + " %.2f s, _bulk + refresh %.2f s (%,.0f docs/s) | import/raw throughput %.2f, against"
                                    + " create + _bulk %.2f%n", run, documents, importSeconds, documents / importSeconds,
                            rawSeconds[0], rawSeconds[1], documents / rawSeconds[1], rawSeconds[1] / importSeconds,
                            (rawSeconds[0] + rawSeconds[1]) / importSeconds);
                } finally {
                    delete(client, oursPrefix);
                    deleteRaw(rest, rawPrefix);
                }
            }
            double ourMedian = BenchFigures.median(ours);
            System.out.printf(Locale.ROOT, "median of %d runs: import %.2f s, raw _bulk + refresh %.2f s, raw create + _bulk"
                            + " + refresh %.2f s | import/raw throughput %.2f (goal >= 0.8), against create + _bulk %.2f%n",
                    runs, ourMedian, BenchFigures.median(raw), BenchFigures.median(rawWithCreation),
                    BenchFigures.median(raw) / ourMedian, BenchFigures.median(rawWithCreation) / ourMedian);
            System.out.println("load average after: " + BenchFigures.loadAverage());
        } finally {
            client._transport().close();
        }
    }

    private static double timeImport(ElasticsearchClient client, String prefix, LjgkFiles files) throws IOException {
        IndexSchema schema = TestIndexSchema.open(client, prefix, INDICES);
        LjgkImporter importer = new LjgkImporter(client, schema, new PlantRepository(client, schema),
                ComplianceProperties.defaults(), event -> { });
        Map<String, Long> firstTick = new LinkedHashMap<>();
        long[] lastTick = {0};
        long start = System.nanoTime();
        ImportReport report = importer.importFiles(files, true, true, (phase, rows) -> {
            firstTick.putIfAbsent(phase, System.nanoTime());
            lastTick[0] = System.nanoTime();
        });
        long end = System.nanoTime();
        if (!report.committed()) {
            throw new IllegalStateException("the import did not commit: " + report.summary());
        }
        // Where the time went: validating (the generations are staged alongside) until the import waits for them,
        // then what is left of staging until the first daily row is written, writing the daily rows and their
        // verdicts until the last row, then the last batches, the refresh and the alias request.
        long copying = firstTick.getOrDefault("copying", start);
        long writing = firstTick.getOrDefault("writing", copying);
        System.out.printf(Locale.ROOT, "  import phases: validate %.2f s, rest of staging %.2f s, write daily rows"
                        + " %.2f s, last batches + commit %.2f s%n", (copying - start) / 1e9, (writing - copying) / 1e9,
                (lastTick[0] - writing) / 1e9, (end - lastTick[0]) / 1e9);
        return (end - start) / 1e9;
    }

    /** Every document under {@code from}, as {@code _bulk} bodies naming only the index (the prefix goes in the URL). */
    private static List<String> bulkBodies(ElasticsearchClient client, String from) {
        IndexNames source = new IndexNames(from);
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int[] inBody = {0};
        for (IndexDefinition definition : INDICES) {
            String name = definition.name();
            IndexScan.of(client, source.alias(definition.name()), 1000).forEach(JsonNode.class, hit -> {
                body.append("{\"index\":{\"_index\":\"").append(PREFIX_MARK).append(name).append("\",\"_id\":")
                        .append(JSON.valueToTree(hit.id()).toString()).append("}}\n").append(hit.source().toString()).append('\n');
                if (++inBody[0] == BULK_DOCUMENTS) {
                    bodies.add(body.toString());
                    body.setLength(0);
                    inBody[0] = 0;
                }
            });
        }
        if (inBody[0] > 0) {
            bodies.add(body.toString());
        }
        return bodies;
    }

    /** Creates the three indices (one {@code PUT} each, as a script would), then sends the bodies and refreshes; both timed. */
    private static double[] timeRawBulk(RestClient rest, String prefix, List<String> bodies) throws IOException {
        List<String> ready = bodies.stream().map(body -> body.replace(PREFIX_MARK, prefix)).toList();
        long start = System.nanoTime();
        for (IndexDefinition definition : INDICES) {
            Request create = new Request("PUT", "/" + prefix + definition.name());
            create.setEntity(new NStringEntity(definition.json(), ContentType.APPLICATION_JSON));
            EntityUtils.consume(rest.performRequest(create).getEntity());
        }
        long created = System.nanoTime();
        for (String body : ready) {
            Request request = new Request("POST", "/_bulk");
            request.setEntity(new NStringEntity(body, ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
            String response = EntityUtils.toString(rest.performRequest(request).getEntity());
            if (JSON.readTree(response).path("errors").asBoolean()) {
                throw new IllegalStateException("raw bulk refused documents: " + response.substring(0, 500));
            }
        }
        Request refresh = new Request("POST", "/" + prefix + "*/_refresh");
        EntityUtils.consume(rest.performRequest(refresh).getEntity());
        long end = System.nanoTime();
        return new double[] {(created - start) / 1e9, (end - created) / 1e9};
    }

    private static void deleteRaw(RestClient rest, String prefix) throws IOException {
        for (IndexDefinition definition : INDICES) {
            Request delete = new Request("DELETE", "/" + prefix + definition.name());
            delete.addParameter("ignore_unavailable", "true");
            EntityUtils.consume(rest.performRequest(delete).getEntity());
        }
    }

    private static void delete(ElasticsearchClient client, String prefix) {
        new IndexLifecycle(client, new IndexNames(prefix)).deleteAll(INDICES);
    }
}
