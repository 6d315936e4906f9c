package org.qianliyan.portal.incinerator.store;

/** Elasticsearch refused a write; the message names the index, document and reason. */
public class IndexWriteException extends RuntimeException {

    public IndexWriteException(String message) {
        super(message);
    }
}
