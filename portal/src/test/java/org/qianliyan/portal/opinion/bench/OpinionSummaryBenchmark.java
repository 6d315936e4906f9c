package org.qianliyan.portal.opinion.bench;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.json.stream.JsonGenerator;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.crawl.pipeline.PostFields;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummaryService;
import org.qianliyan.portal.support.TestIndices;

/**
 * Latency of the opinion summary (one {@code _msearch}: every figure's aggregations and the two
 * keyword samples, then parsing and hot words) against the same {@code _msearch} body sent raw
 * through the low-level REST client with the response left unparsed, over generated posts in
 * a {@code posts} index of its own (deleted afterwards). Arguments: [posts, default 1000000]
 * [queries per filter, default 50]. See docs/opinion.md for the command.
 */
public final class OpinionSummaryBenchmark {

    private static final String[] KINDS = {"SITE", "RSS", "WECHAT", "WEIBO"};
    private static final String[] SENTIMENTS = {"NEGATIVE", "NEUTRAL", "POSITIVE"};
    private static final String[] TOPICS = {"AIR", "WATER", "SOIL", "SOLID_WASTE", "NOISE", "ODOUR", "ECOLOGY", "OTHER"};
    private static final String[] PROVINCES = {"浙江省", "山东省", "广东省", "四川省", "河南省", "江苏省", "河北省", "湖北省",
            "福建省", "陕西省", "北京市", "上海市"};
    private static final String[] WORDS = {"焚烧", "黑烟", "恶臭", "投诉", "排放", "监测", "垃圾", "污水", "噪声", "整改",
            "环保", "居民", "烟囱", "渗滤液", "超标", "处罚", "湿地", "候鸟", "分类", "空气"};
    private static final int DAYS = 90;
    private static final int BATCH = 5_000;

    private OpinionSummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocalDate lastDay = LocalDate.of(2026, 11, 30);
        try (TestIndices indices = new TestIndices("opinionbench", List.of(StandardIndices.POSTS))) {
            String index = indices.alias("posts");
            long started = System.nanoTime();
            load(indices, index, posts, lastDay);
            System.out.printf("posts: %,d over %d days, loaded in %.0f s, cores: %d%n", posts, DAYS,
                    (System.nanoTime() - started) / 1e9, Runtime.getRuntime().availableProcessors());
            OpinionSummaryService service = new OpinionSummaryService(indices.client(), index);
            RestClient rest = ((RestClientTransport) indices.client()._transport()).restClient();
            Map<String, OpinionFilter> filters = new java.util.LinkedHashMap<>();
            filters.put("last 7 days by day", OpinionFilter.lastWeek(lastDay));
            filters.put("last 30 days by day, negative", OpinionFilter.parse(Map.of("from", lastDay.minusDays(29).toString(),
                    "to", lastDay.toString(), "sentiment", "negative"), lastDay));
            filters.put("last day by hour, topic air", OpinionFilter.parse(Map.of("from", lastDay.toString(),
                    "to", lastDay.toString(), "interval", "hour", "topic", "air"), lastDay));
            for (Map.Entry<String, OpinionFilter> f : filters.entrySet()) {
                String body = ndjson(service.request(f.getValue()), indices.client()._jsonpMapper(), index);
                for (int warm = 0; warm < 10; warm++) {
                    service.summarize(f.getValue());
                    raw(rest, body);
                }
                List<Double> ours = new ArrayList<>();
                List<Double> baseline = new ArrayList<>();
                for (int q = 0; q < queries; q++) {
                    long t0 = System.nanoTime();
                    long total = service.summarize(f.getValue()).total();
                    long t1 = System.nanoTime();
                    raw(rest, body);
                    long t2 = System.nanoTime();
                    ours.add((t1 - t0) / 1e6);
                    baseline.add((t2 - t1) / 1e6);
                    if (q == 0) {
                        System.out.printf("%s: %,d posts match%n", f.getKey(), total);
                    }
                }
                System.out.printf("%s: summary p50 %.1f ms p95 %.1f ms | raw _msearch p50 %.1f ms p95 %.1f ms | ratio p50 %.2f x, p95 %.2f x%n",
                        f.getKey(), pct(ours, 50), pct(ours, 95), pct(baseline, 50), pct(baseline, 95),
                        pct(ours, 50) / pct(baseline, 50), pct(ours, 95) / pct(baseline, 95));
            }
        }
    }

    private static void raw(RestClient rest, String body) throws Exception {
        Request request = new Request("POST", "/_msearch");
        request.setEntity(new NStringEntity(body, ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        Response response = rest.performRequest(request);
        EntityUtils.consume(response.getEntity());
    }

    /** The client's own serialisation of the same request, one header and one body line per search. */
    private static String ndjson(MsearchRequest request, JsonpMapper mapper, String index) {
        StringBuilder out = new StringBuilder();
        for (var item : request.searches()) {
            out.append("{\"index\":\"").append(index).append("\"}\n");
            StringWriter body = new StringWriter();
            try (JsonGenerator generator = mapper.jsonProvider().createGenerator(body)) {
                item.body().serialize(generator, mapper);
            }
            out.append(body).append('\n');
        }
        return out.toString();
    }

    private static void load(TestIndices indices, String index, int posts, LocalDate lastDay) throws Exception {
        Random random = new Random(7);
        Instant end = OpinionFilter.startOf(lastDay.plusDays(1));
        List<BulkOperation> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < posts; i++) {
            Map<String, Object> doc = new HashMap<>();
            doc.put(PostFields.PUBLISHED_AT, end.minus(random.nextInt(DAYS * 24 * 60), ChronoUnit.MINUTES).toString());
            doc.put(PostFields.KIND, KINDS[random.nextInt(KINDS.length)]);
            doc.put(PostFields.SENTIMENT, SENTIMENTS[random.nextInt(SENTIMENTS.length)]);
            doc.put(PostFields.TOPICS, List.of(TOPICS[random.nextInt(TOPICS.length)]));
            doc.put(PostFields.PROVINCES, List.of(PROVINCES[random.nextInt(PROVINCES.length)]));
            int facility = random.nextInt(400);
            doc.put(PostFields.FACILITY_IDS, List.of("f" + facility));
            doc.put(PostFields.FACILITY_NAMES, List.of("测试焚烧厂" + facility));
            doc.put(PostFields.SOURCE_ID, "source-" + random.nextInt(200));
            doc.put(PostFields.AUTHOR, "account-" + random.nextInt(5_000));
            doc.put(PostFields.COMPLAINT, random.nextInt(10) == 0);
            doc.put(PostFields.KEYWORDS, List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)],
                    WORDS[random.nextInt(WORDS.length)] + random.nextInt(50)));
            String id = "p" + i;
            batch.add(BulkOperation.of(op -> op.index(x -> x.index(index).id(id).document(doc))));
            if (batch.size() == BATCH || i == posts - 1) {
                List<BulkOperation> send = List.copyOf(batch);
                var response = indices.client().bulk(b -> b.operations(send));
                if (response.errors()) {
                    throw new IllegalStateException("bulk load failed");
                }
                batch.clear();
            }
        }
        indices.client().indices().refresh(r -> r.index(index));
        indices.client().indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
    }

    private static double pct(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
