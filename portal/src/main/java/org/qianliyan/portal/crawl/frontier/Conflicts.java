package org.qianliyan.portal.crawl.frontier;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

/**
 * Recognises a 409 version conflict, whichever way the client reports it: as an
 * {@link ElasticsearchException} with the parsed error, or (for {@code _create} and
 * conditional writes, whose error bodies the client does not always parse) as an I/O
 * failure wrapping the low-level {@link ResponseException}; and in a {@code _bulk} item.
 */
public final class Conflicts {

    private static final int CONFLICT = 409;

    private Conflicts() {
    }

    /** @return whether {@code e}, or one of its causes, is a 409 from Elasticsearch */
    public static boolean isConflict(Throwable e) {
        return status(e) == CONFLICT;
    }

    /** @return whether a {@code _bulk} item failed on a version conflict (its document exists, or changed) */
    public static boolean isConflict(BulkResponseItem item) {
        return item.error() != null && item.status() == CONFLICT;
    }

    /** @return the HTTP status Elasticsearch answered with, found in {@code e} or its causes, or -1 */
    public static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ElasticsearchException ee) {
                return ee.status();
            }
            if (t instanceof TransportException te && te.statusCode() > 0) {
                return te.statusCode();
            }
            if (t instanceof ResponseException re) {
                return re.getResponse().getStatusLine().getStatusCode();
            }
        }
        return -1;
    }
}
