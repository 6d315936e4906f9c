package org.qianliyan.index.ingest;

/**
 * One document that Elasticsearch did not take.
 *
 * @param index  the index (or alias) it was written to
 * @param id     the document id
 * @param status the HTTP status of its bulk item, such as 400 for a mapping conflict
 * @param reason Elasticsearch's error type and reason
 */
public record BulkFailure(String index, String id, int status, String reason) {
}
