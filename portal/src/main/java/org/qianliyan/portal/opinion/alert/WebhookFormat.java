package org.qianliyan.portal.opinion.alert;

/** The message format a webhook target expects. */
public enum WebhookFormat {
    /** The alert as JSON, for any receiver. */
    GENERIC,
    /** DingTalk custom robot: {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}, optionally signed. */
    DINGTALK,
    /** WeCom (企业微信) group robot: {@code {"msgtype":"markdown","markdown":{"content":…}}}. */
    WECOM
}
