package org.qianliyan.crawler;

/**
 * Progress of one source since the crawler started (a snapshot).
 *
 * @param sourceId    the source
 * @param fetched     URLs fetched successfully (incl. 304 unchanged)
 * @param queued      new URLs added to the frontier
 * @param failed      failed fetches (every reason recorded in the frontier)
 * @param newDocs     documents handed to the sink
 * @param duplicates  links already known and documents whose content was already seen
 * @param blocked     whether the source showed an anti-bot page and is backed off (staff alert)
 * @param lastBlock   the reason of the last block, or null
 */
public record SourceProgress(String sourceId, long fetched, long queued, long failed, long newDocs, long duplicates,
        boolean blocked, String lastBlock) {
}
