package org.qianliyan.crawler;

/**
 * Engagement counts shown by the publisher (reads, likes, reposts, comments, followers);
 * a count is {@code -1} when the page does not show it.
 *
 * @param reads     views or reads
 * @param likes     likes
 * @param reposts   reposts or shares
 * @param comments  comments
 * @param followers followers of the author account
 */
public record Engagement(long reads, long likes, long reposts, long comments, long followers) {

    /** No counts known. */
    public static final Engagement UNKNOWN = new Engagement(-1, -1, -1, -1, -1);
}
