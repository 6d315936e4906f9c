package org.qianliyan.portal.opinion.alert;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of a webhook message per format: the alert as JSON for a generic receiver, a
 * markdown robot message for DingTalk ({@code msgtype}, {@code markdown.title},
 * {@code markdown.text}) and WeCom ({@code msgtype}, {@code markdown.content}).
 */
final class WebhookMessages {

    private final ObjectMapper json;
    private final String publicUrl;

    WebhookMessages(ObjectMapper json, String publicUrl) {
        this.json = json;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    String body(WebhookFormat format, Alert alert) {
        Map<String, Object> message = switch (format) {
            case GENERIC -> AlertJson.of(alert, publicUrl);
            case DINGTALK -> Map.of("msgtype", "markdown", "markdown", Map.of("title", title(alert), "text", markdown(alert)));
            case WECOM -> Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown(alert)));
        };
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Alert " + alert.id() + " cannot be written as JSON", e);
        }
    }

    /** 千里眼预警: the kind and the subject, the words DingTalk robots filter on. */
    static String title(Alert alert) {
        return "千里眼预警：" + AlertTexts.kind(alert.kind()) + " " + alert.subjectLabel();
    }

    private String markdown(Alert alert) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("时段", alert.windowStart() + " – " + alert.windowEnd());
        if (alert.count() > 0) {
            lines.put("数量", alert.count() + "（基线 " + Math.round(alert.expected()) + "）");
        }
        if (alert.detail() != null) {
            lines.put("说明", alert.detail());
        }
        StringBuilder text = new StringBuilder("### ").append(title(alert)).append("\n\n");
        lines.forEach((k, v) -> text.append("> ").append(k).append("：").append(v).append("\n\n"));
        return text.append("[查看](").append(publicUrl).append(alert.postsLink()).append(")").toString();
    }
}
