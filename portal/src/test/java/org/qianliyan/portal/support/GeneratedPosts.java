package org.qianliyan.portal.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.opinion.posts.OpinionFilter;

/**
 * Generated posts for the benchmarks at scale (opinion summary, search): 90 days up to a last day,
 * 4 source kinds, 8 topics, 12 provinces, 400 facilities named 测试焚烧厂N, 200 sources, 5,000
 * accounts, and a short title and text made of environmental words with their words already
 * split as HanLP would ({@code title_words}, {@code text_words}), so that a million can be
 * bulk-loaded without running the analyser. The text is drawn from a random of its own, so the
 * other fields are those the opinion benchmark has always had (its match counts stay comparable).
 */
public final class GeneratedPosts {

    public static final int DAYS = 90;
    public static final int FACILITIES = 400;
    private static final String[] KINDS = {"SITE", "RSS", "WECHAT", "WEIBO"};
    private static final String[] SENTIMENTS = {"NEGATIVE", "NEUTRAL", "POSITIVE"};
    private static final String[] TOPICS = {"AIR", "WATER", "SOIL", "SOLID_WASTE", "NOISE", "ODOUR", "ECOLOGY", "OTHER"};
    private static final String[] PROVINCES = {"浙江省", "山东省", "广东省", "四川省", "河南省", "江苏省", "河北省", "湖北省",
            "福建省", "陕西省", "北京市", "上海市"};
    private static final String[] WORDS = {"焚烧", "黑烟", "恶臭", "投诉", "排放", "监测", "垃圾", "污水", "噪声", "整改",
            "环保", "居民", "烟囱", "渗滤液", "超标", "处罚", "湿地", "候鸟", "分类", "空气"};
    private static final String[] MORE_WORDS = {"附近", "晚上", "村民", "反映", "记者", "调查", "执法", "检查", "企业",
            "发电厂", "飞灰", "二噁英", "颗粒物", "在线", "数据", "公开", "回应", "部门", "责令", "处理"};
    private static final int BATCH = 5_000;

    private final Random random = new Random(7);
    private final Random textRandom = new Random(11);
    private final Instant end;

    /** @param lastDay the last day of the 90 (posts are published up to its end) */
    public GeneratedPosts(LocalDate lastDay) {
        this.end = OpinionFilter.startOf(lastDay.plusDays(1));
    }

    /** The name of generated facility {@code n}, as posts name it. */
    public static String facilityName(int n) {
        return "测试焚烧厂" + n;
    }

    /** Post {@code i}; call in order from 0. */
    public Map<String, Object> next(int i) {
        Map<String, Object> doc = new HashMap<>();
        doc.put(PostFields.PUBLISHED_AT, end.minus(random.nextInt(DAYS * 24 * 60), ChronoUnit.MINUTES).toString());
        doc.put(PostFields.KIND, KINDS[random.nextInt(KINDS.length)]);
        doc.put(PostFields.SENTIMENT, SENTIMENTS[random.nextInt(SENTIMENTS.length)]);
        doc.put(PostFields.TOPICS, List.of(TOPICS[random.nextInt(TOPICS.length)]));
        String province = PROVINCES[random.nextInt(PROVINCES.length)];
        doc.put(PostFields.PROVINCES, List.of(province));
        int facility = random.nextInt(FACILITIES);
        doc.put(PostFields.FACILITY_IDS, List.of("f" + facility));
        doc.put(PostFields.FACILITY_NAMES, List.of(facilityName(facility)));
        doc.put(PostFields.SOURCE_ID, "source-" + random.nextInt(200));
        doc.put(PostFields.AUTHOR, "account-" + random.nextInt(5_000));
        doc.put(PostFields.COMPLAINT, random.nextInt(10) == 0);
        doc.put(PostFields.KEYWORDS, List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)],
                WORDS[random.nextInt(WORDS.length)] + random.nextInt(50)));
        List<String> title = new ArrayList<>(List.of("测试", "焚烧厂", String.valueOf(facility)));
        title.add(word());
        title.add(word());
        List<String> text = new ArrayList<>(List.of(province));
        text.addAll(title.subList(0, 3));
        for (int w = 6 + textRandom.nextInt(10); w > 0; w--) {
            text.add(word());
        }
        String plainText = String.join("", text) + "。";
        doc.put(PostFields.TITLE, String.join("", title));
        doc.put(PostFields.TITLE_WORDS, String.join(" ", title));
        doc.put(PostFields.TEXT, plainText);
        doc.put(PostFields.MASKED_TEXT, plainText);
        doc.put(PostFields.TEXT_WORDS, String.join(" ", text));
        doc.put(PostFields.URL, "https://bench.example/p" + i);
        doc.put(PostFields.CANONICAL_URL, "https://bench.example/p" + i);
        return doc;
    }

    private String word() {
        return textRandom.nextBoolean() ? WORDS[textRandom.nextInt(WORDS.length)] : MORE_WORDS[textRandom.nextInt(MORE_WORDS.length)];
    }

    /** Bulk-loads posts 0 to {@code count - 1} into {@code index} (ids {@code p0…}), then refreshes and merges to one segment. */
    public static void load(ElasticsearchClient client, String index, int count, LocalDate lastDay) throws Exception {
        GeneratedPosts posts = new GeneratedPosts(lastDay);
        bulk(client, index, count, (i, batch) -> {
            Map<String, Object> doc = posts.next(i);
            batch.add(BulkOperation.of(op -> op.index(x -> x.index(index).id("p" + i).document(doc))));
        });
        // A merge of a million posts outlasts the client's socket timeout: start it as a task and wait for that.
        String merge = client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false)).task();
        while (!client.tasks().get(t -> t.taskId(merge)).completed()) {
            Thread.sleep(2_000);
        }
    }

    /** Sends {@code count} operations that {@code add} appends, in batches of 5,000, failing on any refusal, then refreshes. */
    public static void bulk(ElasticsearchClient client, String index, int count,
                            BiConsumer<Integer, List<BulkOperation>> add) throws Exception {
        List<BulkOperation> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            add.accept(i, batch);
            if (batch.size() >= BATCH || i == count - 1) {
                List<BulkOperation> send = List.copyOf(batch);
                var response = client.bulk(b -> b.operations(send));
                if (response.errors()) {
                    throw new IllegalStateException("bulk load refused: " + response.items().stream()
                            .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse(""));
                }
                batch.clear();
            }
        }
        client.indices().refresh(r -> r.index(index));
    }
}
