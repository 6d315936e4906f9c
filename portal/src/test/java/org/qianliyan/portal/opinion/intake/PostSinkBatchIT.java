package org.qianliyan.portal.opinion.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.crawl.CrawlIndices;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.opinion.intake.PostSink;

/**
 * The pipeline's group commit: the documents of one crawled batch are stored with a few
 * requests, each document's own bulk result decides whether it counts as stored, and the
 * story and repost logic holds across documents of the same batch.
 */
class PostSinkBatchIT {

    private static final String TEXT = "县生态环境局今天通报，城东垃圾焚烧发电厂二号焚烧炉昨夜检修期间烟囱冒出黑烟，周边居民反映异味明显。"
            + "执法人员连夜赶到现场检查，调取了在线监测数据，颗粒物小时均值一度超过排放限值，企业已被责令停炉整改，"
            + "整改完成前不得恢复运行，处理结果将向社会公开，欢迎群众继续监督举报。";
    private static final String OTHER = "市水务集团发布通知，因主干管网改造，本周六上午八时至下午六时，河西片区部分小区将暂停供水，"
            + "请居民提前做好储水准备，给大家带来不便，敬请谅解，如有疑问请拨打服务热线咨询。";

    private static final String THIRD = "省生态环境厅通报，某化工园区污水处理厂夜间偷排未经处理的废水，下游河段出现大面积死鱼，"
            + "监测人员采样发现化学需氧量严重超标，涉事企业负责人已被依法控制，园区全部排污口正在逐一排查，"
            + "沿岸村庄的饮用水源暂时改由应急水车供应，调查进展将及时公布。";

    private static CrawlIndices indices;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void indices() {
        indices = new CrawlIndices();
        analyzer = new TextAnalyzer(NlpSettings.defaults(), FacilitySource.none());
    }

    @AfterAll
    static void close() throws IOException {
        if (indices != null) {
            indices.close();
        }
    }

    @Test
    void a_batch_is_stored_at_once_and_only_the_post_elasticsearch_refuses_is_reported() throws IOException {
        CrawledDocument original = document("https://a.example.invalid/news/1.html", TEXT);
        CrawledDocument repost = document("https://b.example.invalid/news/9.html", "转发：" + TEXT);
        CrawledDocument refused = document("https://c.example.invalid/notice/3.html", OTHER);
        CrawledDocument originalAgain = document("https://a.example.invalid/news/1.html", TEXT);
        String refusedId = UrlIds.of(refused.canonicalUrl());
        // A review overlay that spoils one post's field makes Elasticsearch refuse just that bulk item.
        PostSink sink = new PostSink(analyzer, indices.client(), indices.posts(), (postId, fields) -> {
            if (postId.equals(refusedId)) {
                fields.put(PostFields.SENTIMENT_SCORE, "不是数字");
            }
        });

        Map<CrawledDocument, String> notStored = sink.acceptAll(List.of(original, repost, refused, originalAgain));

        assertThat(notStored.keySet()).containsExactly(refused);
        assertThat(notStored.get(refused)).contains(PostFields.SENTIMENT_SCORE);
        String originalId = UrlIds.of(original.canonicalUrl());
        assertThat(post(refusedId)).isNull();
        assertThat(post(UrlIds.of(repost.canonicalUrl())).get(PostFields.STORY_ID))
                .as("the repost joins the story of the original written earlier in the same batch").isEqualTo(originalId);
        assertThat(post(originalId).get(PostFields.STORY_ID)).isEqualTo(originalId);
        assertThat(((Number) post(originalId).get(PostFields.REPOST_COUNT)).intValue())
                .as("the URL handed over twice in the batch is one post, updated, and keeps its spread").isEqualTo(1);
        assertThat(indices.count(indices.posts())).isEqualTo(2);
    }

    @Test
    void a_repost_count_another_process_changed_since_this_one_wrote_it_is_read_again_and_stays_exact() throws IOException {
        // Two sinks on one index, as two crawl processes: each remembers the count it wrote last.
        PostSink first = new PostSink(analyzer, indices.client(), indices.posts());
        PostSink second = new PostSink(analyzer, indices.client(), indices.posts());
        CrawledDocument original = document("https://d.example.invalid/news/1.html", THIRD);
        String originalId = UrlIds.of(original.canonicalUrl());

        assertThat(first.acceptAll(List.of(original))).isEmpty();
        searchable();
        assertThat(second.acceptAll(List.of(repost(1)))).isEmpty();
        assertThat(first.acceptAll(List.of(repost(2)))).as("first's count 0 is stale: second wrote 1").isEmpty();
        assertThat(second.acceptAll(List.of(repost(3)))).as("second's count 1 is stale: first wrote 2").isEmpty();
        assertThat(second.acceptAll(List.of(original))).as("a recrawl changes the story's first post, not its count").isEmpty();
        assertThat(second.acceptAll(List.of(repost(4)))).isEmpty();
        assertThat(first.acceptAll(List.of(repost(5), repost(4)))).as("repost 4 again is no new repost").isEmpty();

        assertThat(post(UrlIds.of(repost(5).canonicalUrl())).get(PostFields.STORY_ID)).isEqualTo(originalId);
        assertThat(((Number) post(originalId).get(PostFields.REPOST_COUNT)).intValue())
                .as("five reposts, each counted once whichever process knew which count").isEqualTo(5);
    }

    private static CrawledDocument repost(int n) {
        return document("https://e.example.invalid/forum/" + n + ".html", "转发：" + THIRD);
    }

    private static void searchable() throws IOException {
        indices.client().indices().refresh(r -> r.index(indices.posts()));
    }

    private static CrawledDocument document(String url, String text) {
        Instant now = Instant.now();
        return new CrawledDocument(url, url, "batch-news", SourceKind.SITE, text.substring(0, 12), null, now, text,
                "<p>" + text + "</p>", Engagement.UNKNOWN, now, Integer.toHexString(text.hashCode()), null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> post(String id) {
        try {
            indices.client().indices().refresh(r -> r.index(indices.posts()));
            var response = indices.client().get(g -> g.index(indices.posts()).id(id), Map.class);
            return response.found() ? response.source() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
