package org.qianliyan.crawler.fetch;

/**
 * A body read under a size cap.
 *
 * @param bytes     the bytes read (empty when truncated)
 * @param truncated whether the cap was hit and the transfer aborted
 */
record CappedBody(byte[] bytes, boolean truncated) {
}
