package org.qianliyan.portal.search;

/** A search Elasticsearch could not answer (unreachable, or it refused the request): a server-side failure. */
public class SearchFailedException extends RuntimeException {

    SearchFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
