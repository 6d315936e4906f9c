package org.qianliyan.index.ingest;

import co.elastic.clients.util.BinaryData;

/** A document waiting in a batch, already serialized so its size is known and it is serialized once. */
record PendingDocument(String index, String id, BinaryData json) {

    /** The action line's share of the request, roughly: {@code {"index":{"_index":…,"_id":…}}}. */
    private static final int ACTION_OVERHEAD = 32;

    long bytes() {
        return json.size() + index.length() + id.length() + ACTION_OVERHEAD;
    }
}
