package org.qianliyan.portal.opinion.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The three webhook bodies: the alert as JSON, and the DingTalk and WeCom robot markdown messages. */
class WebhookMessagesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final WebhookMessages messages = new WebhookMessages(json, "https://portal.example/");
    private final Alert alert = new Alert("a1", AlertKind.FACILITY_NEGATIVE_SURGE, "facility", "plant-7", "示例焚烧厂",
            Instant.parse("2026-11-30T16:00:00Z"), Instant.parse("2026-12-01T16:00:00Z"), Instant.parse("2026-12-01T03:00:00Z"),
            31, 2, 12.5, null, AlertStatus.OPEN, null, List.of(), List.of());

    @Test
    void generic_json_carries_the_alert_and_a_link_to_its_posts() throws Exception {
        JsonNode body = json.readTree(messages.body(WebhookFormat.GENERIC, alert));
        assertThat(body.get("id").asText()).isEqualTo("a1");
        assertThat(body.get("kind").asText()).isEqualTo("facility-negative-surge");
        assertThat(body.get("count").asLong()).isEqualTo(31);
        assertThat(body.get("posts").asText())
                .isEqualTo("https://portal.example/staff/opinion/posts?facility=plant-7&sentiment=NEGATIVE"
                        + "&from=2026-11-30T16:00:00Z&to=2026-12-01T16:00:00Z");
    }

    @Test
    void dingtalk_gets_a_markdown_message_with_title_and_text() throws Exception {
        JsonNode body = json.readTree(messages.body(WebhookFormat.DINGTALK, alert));
        assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.at("/markdown/title").asText()).isEqualTo("千里眼预警：设施负面激增 示例焚烧厂");
        assertThat(body.at("/markdown/text").asText()).contains("31（基线 2）").contains("(https://portal.example/staff/opinion/posts?");
    }

    @Test
    void wecom_gets_a_markdown_message_with_content_only() throws Exception {
        JsonNode body = json.readTree(messages.body(WebhookFormat.WECOM, alert));
        assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.get("markdown").fieldNames()).toIterable().containsExactly("content");
        assertThat(body.at("/markdown/content").asText()).startsWith("### 千里眼预警");
    }
}
