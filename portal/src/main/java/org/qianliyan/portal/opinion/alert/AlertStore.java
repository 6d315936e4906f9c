package org.qianliyan.portal.opinion.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.JsonData;
import org.qianliyan.portal.crawl.frontier.Conflicts;

/**
 * The {@code alerts} index: an alert is created once under its deterministic id (a re-run of
 * detection finds it there and leaves it, with its handling, alone); changes are
 * read-modify-write with optimistic concurrency, retried on a conflict.
 */
public class AlertStore {

    private static final int MAX_ATTEMPTS = 10;
    private static final int PAGE = 500;

    private final ElasticsearchClient client;
    private final String index;

    public AlertStore(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** @return true when the alert is new, false when one with its id exists already */
    public boolean createIfAbsent(Alert alert) {
        try {
            client.create(c -> c.index(index).id(alert.id()).document(AlertDocuments.of(alert)).refresh(Refresh.True));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (Conflicts.isConflict(e)) {
                return false;
            }
            throw failure("Cannot create alert " + alert.id(), e);
        }
    }

    public Optional<Alert> find(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id), Map.class);
            return response.found() ? Optional.of(AlertDocuments.alert(id, response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read alert " + id, e);
        }
    }

    /**
     * Applies a change to the stored alert.
     *
     * @return the changed alert, or empty when there is none with that id
     */
    public Optional<Alert> change(String id, UnaryOperator<Alert> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                GetResponse<Map> current = client.get(g -> g.index(index).id(id), Map.class);
                if (!current.found()) {
                    return Optional.empty();
                }
                Alert changed = change.apply(AlertDocuments.alert(id, current.source()));
                client.index(i -> i.index(index).id(id).document(AlertDocuments.of(changed))
                        .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm()).refresh(Refresh.True));
                return Optional.of(changed);
            } catch (ElasticsearchException | IOException e) {
                if (!Conflicts.isConflict(e)) {
                    throw failure("Cannot change alert " + id, e);
                }
            }
        }
        throw new IllegalStateException("Alert " + id + " changed " + MAX_ATTEMPTS + " times while being updated");
    }

    /**
     * @param status only alerts in this status, or null for all
     * @param kind   only this kind, or null
     * @param from   raised at or after, or null
     * @param to     raised before, or null
     * @return matching alerts, newest first (at most 500)
     */
    public List<Alert> list(AlertStatus status, AlertKind kind, Instant from, Instant to) {
        List<Query> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("status").value(status.code()))));
        }
        if (kind != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("kind").value(kind.code()))));
        }
        if (from != null || to != null) {
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("raised_at");
                if (from != null) {
                    u.gte(JsonData.of(from.toString()));
                }
                if (to != null) {
                    u.lt(JsonData.of(to.toString()));
                }
                return u;
            }))));
        }
        try {
            return client.search(s -> s.index(index).size(PAGE).query(q -> q.bool(b -> b.filter(filters)))
                    .sort(o -> o.field(f -> f.field("raised_at").order(SortOrder.Desc))), Map.class)
                    .hits().hits().stream().map(h -> AlertDocuments.alert(h.id(), h.source())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list alerts", e);
        }
    }

    private static RuntimeException failure(String message, Exception e) {
        return e instanceof ElasticsearchException ee ? ee : new UncheckedIOException(message, (IOException) e);
    }
}
