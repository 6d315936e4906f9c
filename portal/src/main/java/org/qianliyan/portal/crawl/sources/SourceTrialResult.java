package org.qianliyan.portal.crawl.sources;

import java.time.Instant;

/**
 * What a source's page would yield, without storing anything.
 *
 * @param url         the page whose fields are shown (a list page's first detail link when the list yields none)
 * @param outcome     the fetch and extraction outcome: {@code OK}, or a failure class such as {@code BLOCKED}
 * @param reason      why it failed, or null
 * @param title       the extracted title, or null
 * @param publishedAt the extracted publication time, or null
 * @param author      the extracted author, or null
 * @param excerpt     the first part of the body text, or null
 * @param links       links the fetched page offered to follow
 * @param documents   documents the fetched page yielded
 */
public record SourceTrialResult(String url, String outcome, String reason, String title, Instant publishedAt,
        String author, String excerpt, int links, int documents) {

    /** @return whether the page was fetched and read */
    public boolean ok() {
        return "OK".equals(outcome);
    }
}
