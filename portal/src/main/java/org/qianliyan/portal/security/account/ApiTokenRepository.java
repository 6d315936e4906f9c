package org.qianliyan.portal.security.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The {@code api-tokens} index: document id = SHA-256 of the secret (hex), so a bearer
 * token is looked up with one get and the index holds nothing that logs in by itself.
 */
class ApiTokenRepository {

    private static final int MAX_TOKENS_PER_USER = 1_000;

    private final ElasticsearchClient client;
    private final String index;

    ApiTokenRepository(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    void create(String secretHash, ApiToken token) {
        try {
            client.create(c -> c.index(index).id(secretHash).document(document(token)).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a token of " + token.user(), e);
        }
    }

    Optional<ApiToken> findBySecretHash(String secretHash) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(secretHash), Map.class);
            return response.found() ? Optional.of(token(response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a token", e);
        }
    }

    List<ApiToken> findByUser(String user) {
        return hits(user, null).stream().map(hit -> token(hit.source()))
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed())
                .toList();
    }

    /** Deletes the user's token with that public id; false when there is none. */
    boolean delete(String user, String id) {
        List<Hit<Map>> found = hits(user, id);
        for (Hit<Map> hit : found) {
            try {
                client.delete(d -> d.index(index).id(hit.id()).refresh(Refresh.True));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot revoke token " + id, e);
            }
        }
        return !found.isEmpty();
    }

    void touch(String secretHash, ApiToken token, Instant at) {
        ApiToken used = new ApiToken(token.id(), token.user(), token.label(), token.createdAt(), at);
        try {
            client.index(i -> i.index(index).id(secretHash).document(document(used)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the use of token " + token.id(), e);
        }
    }

    private List<Hit<Map>> hits(String user, String id) {
        try {
            return client.search(s -> s.index(index).size(MAX_TOKENS_PER_USER)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field("user").value(user)));
                        if (id != null) {
                            b.filter(f -> f.term(t -> t.field("id").value(id)));
                        }
                        return b;
                    })), Map.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the tokens of " + user, e);
        }
    }

    private static Map<String, Object> document(ApiToken token) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", token.id());
        doc.put("user", token.user());
        doc.put("label", token.label());
        doc.put("created_at", token.createdAt().toString());
        doc.put("last_used_at", token.lastUsedAt() == null ? null : token.lastUsedAt().toString());
        return doc;
    }

    private static ApiToken token(Map<?, ?> doc) {
        Object lastUsed = doc.get("last_used_at");
        return new ApiToken((String) doc.get("id"), (String) doc.get("user"), (String) doc.get("label"),
                Instant.parse((String) doc.get("created_at")), lastUsed == null ? null : Instant.parse((String) lastUsed));
    }
}
