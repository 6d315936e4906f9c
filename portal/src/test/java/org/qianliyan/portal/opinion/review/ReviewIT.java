package org.qianliyan.portal.opinion.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.nlp.sentiment.LabelledText;
import org.qianliyan.nlp.sentiment.SentimentTrainer;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.opinion.alert.StaffApi;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Complaint review against real Elasticsearch, HanLP and the running portal: staff confirm a
 * crawled post as a complaint about a plant and correct its sentiment through the API; the
 * post shows the corrections; a recrawl that rewrites the post keeps them; the plant's
 * confirmed complaints count it; the corrections export as training CSV that {@code nlp train}
 * reads as it is.
 */
@PortalIntegrationTest
class ReviewIT {

    @LocalServerPort
    int port;
    @Autowired
    PostSink pipeline;
    @Autowired
    ConfirmedComplaints complaints;
    @Autowired
    ObjectMapper json;
    @TempDir
    Path trainingData;

    @Test
    void a_confirmed_complaint_survives_a_recrawl_and_counts_for_the_plant() throws Exception {
        String plant = "it-review-plant-" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://bbs.example.cn/thread/" + UUID.randomUUID();
        Instant published = Instant.parse("2026-11-12T02:00:00Z");
        pipeline.accept(crawled(url, published, "垃圾焚烧厂晚上总有一股怪味，希望有关部门管一管。"));
        String id = UrlIds.of(url);
        StaffApi api = new StaffApi(port);

        JsonNode before = json.readTree(api.get("/api/v1/staff/posts/" + id).body());
        assertThat(before.at("/post/author").asText()).isEqualTo("居民甲");
        assertThat(before.at("/review/response_status").asText()).isEqualTo("待处理");
        assertThat(before.at("/post/html").asText()).contains("垃圾焚烧厂").doesNotContain("script").doesNotContain("onclick");

        assertThat(api.post("/api/v1/staff/posts/" + id + "/review",
                "{\"complaint\": true, \"confirm_facility\": \"" + plant + "\", \"note\": \"核实为投诉\"}").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/staff/posts/" + id + "/review", "{\"sentiment\": \"NEGATIVE\"}").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/staff/posts/" + id + "/review", "{\"response_status\": \"已转办\", \"note\": \"转区城管\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/staff/posts/" + id + "/review", "{\"sentiment\": \"ANGRY\"}").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/staff/posts/" + id + "/review", "{\"response_status\": \"done\"}").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/staff/posts/no-such-post").statusCode()).isEqualTo(404);

        pipeline.accept(crawled(url, published, "垃圾焚烧厂晚上总有一股怪味，希望有关部门管一管。（已编辑）"));

        JsonNode after = json.readTree(api.get("/api/v1/staff/posts/" + id).body());
        assertThat(after.at("/post/text").asText()).endsWith("（已编辑）");
        assertThat(after.at("/post/complaint").asBoolean()).isTrue();
        assertThat(after.at("/post/sentiment").asText()).isEqualTo("NEGATIVE");
        assertThat(after.at("/post/facility_ids")).extracting(JsonNode::asText).contains(plant);
        assertThat(after.at("/review/response_status").asText()).isEqualTo("已转办");
        assertThat(after.at("/review/history")).extracting(h -> h.get("action").asText())
                .containsExactly("mark-complaint", "confirm-facility", "sentiment", "response");
        assertThat(after.at("/review/history/3/note").asText()).isEqualTo("转区城管");

        String month = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneId.of("Asia/Shanghai")).format(published);
        assertThat(complaints.monthlyFor(plant)).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(month);
            assertThat(m.count()).isEqualTo(1);
        });

        String csv = api.get("/api/v1/staff/reviews/sentiment.csv").body();
        assertThat(csv).startsWith("\uFEFFlabel,text\r\n").contains("（已编辑）");
        Files.writeString(trainingData.resolve("staff-sentiment.csv"), csv, StandardCharsets.UTF_8);
        assertThat(SentimentTrainer.readDirectory(trainingData))
                .filteredOn(example -> example.text().contains("垃圾焚烧厂晚上总有一股怪味") && example.text().endsWith("（已编辑）"))
                .singleElement().extracting(LabelledText::positive).isEqualTo(false);
    }

    @Test
    void rejecting_a_facility_link_removes_it_from_the_post_and_from_the_plant_counts() throws Exception {
        String plant = "it-reject-plant-" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://bbs.example.cn/thread/" + UUID.randomUUID();
        pipeline.accept(crawled(url, Instant.parse("2026-10-03T02:00:00Z"), "河边的工厂又在排污。"));
        String id = UrlIds.of(url);
        StaffApi api = new StaffApi(port);
        api.post("/api/v1/staff/posts/" + id + "/review", "{\"complaint\": true, \"confirm_facility\": \"" + plant + "\"}");
        assertThat(complaints.monthlyFor(plant)).hasSize(1);

        JsonNode rejected = json.readTree(api.post("/api/v1/staff/posts/" + id + "/review",
                "{\"reject_facility\": \"" + plant + "\", \"note\": \"不是这家\"}").body());

        assertThat(rejected.at("/post/facility_ids")).extracting(JsonNode::asText).doesNotContain(plant);
        assertThat(complaints.monthlyFor(plant)).isEmpty();
    }

    private static CrawledDocument crawled(String url, Instant published, String text) {
        return new CrawledDocument(url, url, "it-bbs", SourceKind.SITE, "怪味", "居民甲", published, text,
                "<p onclick=\"x()\">" + text + "</p><script>alert(1)</script>", Engagement.UNKNOWN, Instant.now(),
                Integer.toHexString(text.hashCode()), null);
    }
}
