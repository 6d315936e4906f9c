package org.qianliyan.portal.crawl.frontier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Real-time reads and optimistic-concurrency writes of {@code crawl-status} documents: a
 * write names the {@code _seq_no} and {@code _primary_term} it read, and loses (returns false)
 * when another process wrote the document in between. This is what keeps two crawler
 * processes from leasing the same URL or host.
 */
final class VersionedDocuments {

    /** A document with the version it was read at. */
    record Versioned(Map<String, Object> source, long seqNo, long primaryTerm) {
    }

    /** A document to write over the one read at {@code seqNo}/{@code primaryTerm}. */
    record Replacement(String id, Map<String, Object> document, long seqNo, long primaryTerm) {
    }

    private final ElasticsearchClient client;
    private final String index;

    VersionedDocuments(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    String index() {
        return index;
    }

    ElasticsearchClient client() {
        return client;
    }

    /** Real-time reads of several documents in one {@code _mget}; an id without a document is left out. */
    @SuppressWarnings("unchecked")
    Map<String, Versioned> getAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        MgetResponse<Map> response;
        try {
            response = client.mget(m -> m.index(index).ids(List.copyOf(ids)).realtime(true), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ids.size() + " documents of " + index, e);
        }
        Map<String, Versioned> found = new HashMap<>();
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isFailure()) {
                throw new IllegalStateException("Cannot read " + index + "/" + item.failure().id() + ": "
                        + item.failure().error().reason());
            }
            GetResult<Map> result = item.result();
            if (result.found() && result.source() != null) {
                found.put(result.id(), new Versioned(result.source(), result.seqNo(), result.primaryTerm()));
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    Optional<Versioned> get(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id).realtime(true), Map.class);
            if (!response.found() || response.source() == null) {
                return Optional.empty();
            }
            return Optional.of(new Versioned(response.source(), response.seqNo(), response.primaryTerm()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + index + "/" + id, e);
        }
    }

    /** @return false when a document with that id already exists */
    boolean create(String id, Map<String, Object> document) {
        try {
            client.create(c -> c.index(index).id(id).document(document));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (Conflicts.isConflict(e)) {
                return false;
            }
            if (e instanceof ElasticsearchException ee) {
                throw ee;
            }
            throw new UncheckedIOException("Cannot create " + index + "/" + id, (IOException) e);
        }
    }

    /**
     * Creates the documents in one {@code _bulk}; those whose id exists already are left as they are.
     *
     * @return how many were created
     */
    int createAll(Map<String, Map<String, Object>> documentsById) {
        if (documentsById.isEmpty()) {
            return 0;
        }
        List<BulkOperation> creates = new ArrayList<>(documentsById.size());
        documentsById.forEach((id, document) -> creates.add(BulkOperation.of(op -> op.create(c -> c.index(index).id(id)
                .document(document)))));
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(creates));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + creates.size() + " documents in " + index, e);
        }
        int created = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                created++;
            } else if (!Conflicts.isConflict(item)) {
                throw new IllegalStateException("Cannot create " + index + "/" + item.id() + ": " + item.error().reason());
            }
        }
        return created;
    }

    /** @return false when the document changed since it was read at {@code seqNo}/{@code primaryTerm} */
    boolean replace(String id, Map<String, Object> document, long seqNo, long primaryTerm) {
        return !replaceAll(List.of(new Replacement(id, document, seqNo, primaryTerm))).isEmpty();
    }

    /**
     * Writes each document in one {@code _bulk}, each only if it is still at the version it was read at.
     *
     * @return the ids written; the others changed since they were read
     */
    Set<String> replaceAll(List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> writes = new ArrayList<>(replacements.size());
        for (Replacement r : replacements) {
            writes.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(r.id()).document(r.document())
                    .ifSeqNo(r.seqNo()).ifPrimaryTerm(r.primaryTerm()))));
        }
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(writes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + writes.size() + " documents in " + index, e);
        }
        Set<String> written = new HashSet<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                written.add(item.id());
            } else if (!Conflicts.isConflict(item)) {
                throw new IllegalStateException("Cannot write " + index + "/" + item.id() + ": " + item.error().reason());
            }
        }
        return written;
    }

    void refresh() {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot refresh " + index, e);
        }
    }
}
