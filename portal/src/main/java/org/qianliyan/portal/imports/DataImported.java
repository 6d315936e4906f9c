package org.qianliyan.portal.imports;

/**
 * Published by every import of real data once it is written (ljgk, cases, HJ 212 frames,
 * a crawl's first stored page): the demo gives way to it, and what caches facilities reads
 * them again when {@code facilitiesChanged}.
 *
 * @param dataset           what was imported: {@code ljgk}, {@code cases}, {@code hj212}, {@code crawl}
 * @param facilitiesChanged whether facilities were added or changed
 */
public record DataImported(String dataset, boolean facilitiesChanged) {
}
