package org.qianliyan.portal.elasticsearch;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;

/**
 * Tells a failure caused by Elasticsearch being unreachable or not ready (refused or timed-out
 * connections, a cut connection, 502–504 from the cluster or a proxy in front of it) from any
 * other failure: the first is an outage to wait out (503 with Retry-After, a "temporarily
 * unavailable" page), the second a bug.
 */
public final class ElasticsearchOutage {

    /** What we ask clients to wait before trying again: the embedded server restarts in about this time. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private ElasticsearchOutage() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException
                    || cause.getClass().getName().endsWith(".ConnectionClosedException")) {
                return true;
            }
            if (cause instanceof ElasticsearchException e && e.status() >= 502 && e.status() <= 504) {
                return true;
            }
            if (cause instanceof TransportException e && e.statusCode() >= 502 && e.statusCode() <= 504) {
                return true;
            }
        }
        return false;
    }
}
