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

/**
 * The {@code users} index: one document per account, id = the normalised name, so the
 * same name can never be added twice, whatever its case. Writes are refreshed at once:
 * a disabled user must be refused on the very next request.
 */
class UserRepository {

    private static final int MAX_USERS = 10_000;

    private final ElasticsearchClient client;
    private final String index;

    UserRepository(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    Optional<StaffUser> find(String name) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(name), Map.class);
            return response.found() ? Optional.of(user(response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read user " + name, e);
        }
    }

    List<StaffUser> findAll() {
        try {
            return client.search(s -> s.index(index).size(MAX_USERS), Map.class).hits().hits().stream()
                    .map(hit -> user(hit.source()))
                    .sorted(Comparator.comparing(StaffUser::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list users", e);
        }
    }

    /**
     * Stores a new user; false when one with that name exists. Elasticsearch decides
     * ({@code _create}), so two adds cannot race; its refusal is recognised by looking again
     * rather than by the shape of the error, which the client reports in more than one way.
     */
    boolean create(StaffUser user) {
        try {
            client.create(c -> c.index(index).id(user.name()).document(document(user)).refresh(Refresh.True));
            return true;
        } catch (IOException | RuntimeException e) {
            if (find(user.name()).isPresent()) {
                return false;
            }
            throw new IllegalStateException("cannot store user " + user.name(), e);
        }
    }

    void update(StaffUser user) {
        try {
            client.index(i -> i.index(index).id(user.name()).document(document(user)).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store user " + user.name(), e);
        }
    }

    private static Map<String, Object> document(StaffUser user) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("name", user.name());
        doc.put("role", user.role().name());
        doc.put("password_hash", user.passwordHash());
        doc.put("enabled", user.enabled());
        doc.put("created_at", user.createdAt().toString());
        doc.put("last_login_at", user.lastLoginAt() == null ? null : user.lastLoginAt().toString());
        return doc;
    }

    private static StaffUser user(Map<?, ?> doc) {
        Object lastLogin = doc.get("last_login_at");
        return new StaffUser((String) doc.get("name"), StaffRole.valueOf((String) doc.get("role")),
                (String) doc.get("password_hash"), Boolean.TRUE.equals(doc.get("enabled")),
                Instant.parse((String) doc.get("created_at")), lastLogin == null ? null : Instant.parse((String) lastLogin));
    }
}
