package org.qianliyan.index.schema;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.index.IndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the indices behind their aliases and migrates them when a mapping changes.
 *
 * <p>Every definition lives in a concrete index named after its mapping's version. On
 * {@link #ensure}: when the alias already points at that index nothing happens (so
 * start-up is idempotent); when it points at an older version, the new index is created,
 * writes to the old index are blocked (a writer gets an error rather than losing a
 * document), the documents are copied (scan and bulk, by id, each passed through the
 * definition's {@link DocumentUpgrade}), counted, the alias is
 * swapped in one atomic request, and only then is the old index deleted. A failed or
 * interrupted migration leaves the alias on the old index; the next {@code ensure} copies
 * again (by id, so nothing doubles). An alias may also point at a generation of the
 * current version ({@code <index>-<version>-g<n>}), written by {@link StagedIndices}; that
 * counts as current.
 */
public final class IndexLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int CONCURRENT = 4;

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexLifecycle(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * Makes every definition's alias point at an index with its current mapping. The indices are ensured
     * concurrently: creating one mostly waits for the master to publish a new cluster state, and the master
     * batches the requests that wait together, so a dozen indices take about as long as a few.
     */
    public void ensure(Collection<IndexDefinition> definitions) {
        Concurrently.run("prepare the indices", CONCURRENT,
                definitions.stream().<Runnable>map(definition -> () -> ensure(definition)).toList());
    }

    /** Deletes every index of these definitions, whatever its version (for tests and resets). */
    public void deleteAll(Collection<IndexDefinition> definitions) {
        for (IndexDefinition definition : definitions) {
            String pattern = names.alias(definition.name()) + "-*";
            Set<String> concrete = call("list " + pattern, () -> client.indices()
                    .get(get -> get.index(pattern).allowNoIndices(true).ignoreUnavailable(true)).result().keySet());
            if (!concrete.isEmpty()) {
                call("delete " + concrete, () -> client.indices().delete(delete -> delete.index(List.copyOf(concrete))));
            }
        }
    }

    private void ensure(IndexDefinition definition) {
        String alias = names.alias(definition.name());
        String target = names.concrete(definition);
        Set<String> current = indicesBehind(alias);
        if (current.size() == 1 && StagedIndices.isGenerationOf(current.iterator().next(), target)) {
            return;
        }
        if (current.isEmpty()) {
            createBehind(alias, target, definition);
            return;
        }
        createIfMissing(target, definition);
        migrate(alias, current, target, definition.upgrade());
    }

    /**
     * Creates the index with its alias in one request: one cluster-state update instead of two, which is
     * what a fresh start waits for. An index left without its alias (by an older portal stopped between
     * the two requests, or created by another portal starting at the same moment) gets the alias added.
     */
    private void createBehind(String alias, String target, IndexDefinition definition) {
        if (!create(target, definition, alias)) {
            call("add alias " + alias, () -> client.indices().updateAliases(update -> update
                    .actions(action -> action.add(add -> add.index(target).alias(alias).isWriteIndex(true)))));
        }
        log.info("Created index {} behind alias {}", target, alias);
    }

    private void migrate(String alias, Set<String> sources, String target, DocumentUpgrade upgrade) {
        // Writes arriving during the copy would land in the old index and be lost with it:
        // block them (they fail loudly) until the alias points at the new index.
        Set<String> old = sources.stream().filter(source -> !source.equals(target)).collect(Collectors.toSet());
        old.forEach(source -> blockWrites(source, true));
        long expected = 0;
        long actual;
        try {
            for (String source : old) {
                call("refresh " + source, () -> client.indices().refresh(refresh -> refresh.index(source)));
                IndexCopy.copy(client, source, target, document -> true, upgrade);
                expected += count(source);
            }
            actual = count(target);
            if (actual < expected) {
                throw new IndexException("migration into " + target + " copied " + actual + " of " + expected
                        + " documents; the alias still points at the old index, nothing was lost");
            }
        } catch (RuntimeException e) {
            old.forEach(source -> blockWrites(source, false));
            throw e;
        }
        call("swap alias " + alias, () -> client.indices().updateAliases(update -> {
            sources.forEach(source -> update.actions(action -> action.remove(remove -> remove.index(source).alias(alias))));
            return update.actions(action -> action.add(add -> add.index(target).alias(alias).isWriteIndex(true)));
        }));
        for (String source : sources) {
            if (!source.equals(target)) {
                call("delete " + source, () -> client.indices().delete(delete -> delete.index(source)));
            }
        }
        log.info("Migrated alias {} from {} to {} ({} documents)", alias, sources, target, actual);
    }

    void blockWrites(String index, boolean blocked) {
        blockWrites(List.of(index), blocked);
    }

    /** Blocks or unblocks writes to all of {@code indices} in one request (one cluster-state update). */
    void blockWrites(Collection<String> indices, boolean blocked) {
        putSettings(indices, "{\"index.blocks.write\": " + (blocked ? "true" : "null") + "}",
                (blocked ? "block" : "unblock") + " writes to " + indices);
    }

    private void putSettings(Collection<String> indices, String json, String what) {
        call(what, () -> client.indices().putSettings(put -> put.index(List.copyOf(indices))
                .withJson(new StringReader(json))));
    }

    /**
     * Creates a generation for a batch of writes in one request: the definition, and {@code mark} in the mapping's
     * {@code _meta} under {@code markKey}. The refresh interval stays the definition's: switching it off and back
     * would cost a change of the cluster state at commit, and a shard nobody searches stops its periodic refresh
     * by itself after 30 s (search idle).
     */
    void createGeneration(String index, IndexDefinition definition, String markKey, Map<String, Object> mark) {
        ObjectNode json;
        try {
            json = (ObjectNode) JSON.readTree(definition.json());
        } catch (IOException e) {
            throw new IndexException("mapping resource " + definition.mappingResource() + " is not JSON", e);
        }
        json.withObjectProperty("mappings").withObjectProperty("_meta").set(markKey, JSON.valueToTree(mark));
        call("create " + index, () -> client.indices().create(create -> create.index(index)
                .withJson(new StringReader(json.toString()))));
    }

    Set<String> indicesBehind(String alias) {
        try {
            return client.indices().getAlias(get -> get.name(alias)).result().keySet();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw new IndexException("cannot read alias " + alias + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexException("cannot reach Elasticsearch to read alias " + alias, e);
        }
    }

    private void createIfMissing(String index, IndexDefinition definition) {
        boolean exists = call("check " + index, () -> client.indices().exists(e -> e.index(index)).value());
        if (!exists) {
            create(index, definition, null);
        }
    }

    /**
     * Creates {@code index} from the definition, behind {@code alias} as its write index unless that is null;
     * false when the index already exists (another portal starting at the same moment may have created it first).
     */
    private boolean create(String index, IndexDefinition definition, String alias) {
        try {
            client.indices().create(create -> {
                create.index(index).withJson(new StringReader(definition.json()));
                return alias == null ? create : create.aliases(alias, add -> add.isWriteIndex(true));
            });
            return true;
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return false;
            }
            throw new IndexException("cannot create index " + index + " from " + definition.mappingResource()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexException("cannot reach Elasticsearch to create " + index, e);
        }
    }

    private long count(String index) {
        return call("count " + index, () -> client.count(count -> count.index(index)).count());
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            throw new IndexException("Elasticsearch refused to " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexException("cannot reach Elasticsearch to " + what, e);
        }
    }
}
