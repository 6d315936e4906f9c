package org.qianliyan.index.schema;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonData;
import org.qianliyan.index.IndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch of writes that readers see all at once or not at all: each index gets a new
 * generation ({@code <alias>-<version>-g<millis>}) holding a copy of its current documents,
 * the writer writes there, and {@link #commit()} points every alias at its new generation
 * in one atomic request. Until then readers keep reading the old generations, whose writes
 * are blocked (a concurrent writer fails loudly rather than writing into data about to be
 * replaced).
 *
 * <pre>{@code
 * try (StagedIndices staged = StagedIndices.begin(client, names, definitions, doc -> true)) {
 *     bulk.index(staged.index("facilities"), id, document);
 *     staged.commit();
 * }
 * }</pre>
 *
 * <p>A writer that dies before committing leaves its generations unused and the old ones
 * blocked; {@link #recover} (run when a portal or the next import starts) deletes the
 * generations whose process is gone and unblocks the indices in use. Each generation names
 * its writer (host, process id, start) in its mapping's {@code _meta}.
 */
public final class StagedIndices implements AutoCloseable {

    private static final String META = "staged_by";
    /** A generation from another host is considered abandoned after this long. */
    private static final Duration FOREIGN_WRITER_LIMIT = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(StagedIndices.class);

    private final ElasticsearchClient client;
    private final IndexLifecycle lifecycle;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, String> previous = new LinkedHashMap<>();
    private final Map<String, String> staged = new LinkedHashMap<>();
    private boolean committed;

    private StagedIndices(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.lifecycle = new IndexLifecycle(client, names);
    }

    /**
     * Creates the new generations and copies into them the current documents that {@code keep} accepts.
     *
     * @param definitions the indices the batch writes; each must exist behind its alias already
     */
    public static StagedIndices begin(ElasticsearchClient client, IndexNames names, List<IndexDefinition> definitions,
                                      Predicate<Map<String, Object>> keep) {
        var batch = new StagedIndices(client, names);
        String generation = "-g" + Instant.now().toEpochMilli();
        Map<String, Object> writer = Map.of("host", hostName(), "pid", ProcessHandle.current().pid(),
                "started", Instant.now().toString());
        try {
            List<Runnable> changes = new ArrayList<>();
            for (IndexDefinition definition : definitions) {
                String alias = names.alias(definition.name());
                Set<String> current = batch.lifecycle.indicesBehind(alias);
                if (current.size() != 1) {
                    throw new IndexException("alias " + alias + " points at " + current + ", expected one index;"
                            + " restart the portal so that it repairs its indices");
                }
                String target = names.concrete(definition) + generation;
                batch.aliases.put(definition.name(), alias);
                batch.previous.put(definition.name(), current.iterator().next());
                // Named before it is created, so that an abandoned batch deletes it whatever happened.
                batch.staged.put(definition.name(), target);
                changes.add(() -> batch.lifecycle.createGeneration(target, definition, META, writer));
            }
            // Each change of the cluster state waits for the master, a new index for its shard to start: seconds on
            // a busy cluster. So the generations are created and the old ones blocked (in one request) all at once,
            // and the copies made side by side once both are done.
            changes.add(() -> batch.lifecycle.blockWrites(batch.previous.values(), true));
            Concurrently.run("stage the indices", changes.size(), changes);
            Concurrently.run("stage the indices", batch.staged.size(),
                    batch.staged.keySet().stream().<Runnable>map(name -> () -> {
                        String source = batch.previous.get(name);
                        IndexLifecycle.call("refresh " + source, () -> client.indices().refresh(r -> r.index(source)));
                        IndexCopy.copy(client, source, batch.staged.get(name), keep, DocumentUpgrade.NONE);
                    }).toList());
            return batch;
        } catch (RuntimeException e) {
            batch.abandon();
            throw e;
        }
    }

    /** The concrete index to write for the index called {@code name}, such as {@code facilities}. */
    public String index(String name) {
        String index = staged.get(name);
        if (index == null) {
            throw new IndexException("index " + name + " is not part of this batch");
        }
        return index;
    }

    /**
     * Shows the new generations to readers and deletes the old ones, all in one alias request: one change of the
     * cluster state, which either happens whole or leaves the old generations serving.
     */
    public void commit() {
        IndexLifecycle.call("refresh " + staged.values(), () -> client.indices()
                .refresh(r -> r.index(List.copyOf(staged.values()))));
        IndexLifecycle.call("swap aliases " + aliases.values(), () -> client.indices().updateAliases(update -> {
            for (String name : staged.keySet()) {
                update.actions(a -> a.add(add -> add.index(staged.get(name)).alias(aliases.get(name)).isWriteIndex(true)));
                // Deleting an index drops its aliases with it.
                update.actions(a -> a.removeIndex(remove -> remove.index(previous.get(name))));
            }
            return update;
        }));
        committed = true;
        log.info("Committed {} behind {}", staged.values(), aliases.values());
    }

    /** Abandons an uncommitted batch: its generations are deleted and the old indices take writes again. */
    @Override
    public void close() {
        if (!committed) {
            abandon();
        }
    }

    private void abandon() {
        for (String index : staged.values()) {
            deleteQuietly(index);
        }
        for (String index : previous.values()) {
            try {
                lifecycle.blockWrites(index, false);
            } catch (IndexException e) {
                log.warn("Could not unblock writes to {}; the next start-up does: {}", index, e.getMessage());
            }
        }
    }

    /**
     * Deletes the generations of these indices whose writer is gone without committing, and lets the indices in
     * use take writes again when no living writer is staging them.
     */
    public static void recover(ElasticsearchClient client, IndexNames names, List<IndexDefinition> definitions) {
        var lifecycle = new IndexLifecycle(client, names);
        for (IndexDefinition definition : definitions) {
            String alias = names.alias(definition.name());
            Set<String> inUse = lifecycle.indicesBehind(alias);
            boolean living = false;
            for (var entry : generations(client, alias).entrySet()) {
                if (inUse.contains(entry.getKey())) {
                    continue;
                }
                if (writerAlive(entry.getValue())) {
                    living = true;
                } else {
                    log.warn("Deleting {}: an unfinished batch of writes by {} that never committed",
                            entry.getKey(), entry.getValue());
                    IndexLifecycle.call("delete " + entry.getKey(), () -> client.indices().delete(d -> d.index(entry.getKey())));
                }
            }
            if (!living) {
                inUse.stream().filter(index -> writesBlocked(client, index))
                        .forEach(index -> lifecycle.blockWrites(index, false));
            }
        }
    }

    private static boolean writesBlocked(ElasticsearchClient client, String index) {
        var settings = IndexLifecycle.call("read settings of " + index, () -> client.indices()
                .getSettings(g -> g.index(index)).result().get(index).settings());
        var nested = settings == null ? null : settings.index();
        var blocks = nested == null ? null : nested.blocks();
        return blocks != null && Boolean.TRUE.equals(blocks.write());
    }

    /** True when {@code index} is {@code concrete} itself or one of its generations. */
    static boolean isGenerationOf(String index, String concrete) {
        return index.equals(concrete) || index.matches(Pattern.quote(concrete) + "-g[0-9]+");
    }

    /** Concrete indices of the alias that carry a writer mark, with the mark. */
    private static Map<String, Map<String, Object>> generations(ElasticsearchClient client, String alias) {
        Map<String, IndexMappingRecord> mappings = IndexLifecycle.call("read mappings of " + alias + "-*", () -> client
                .indices().getMapping(g -> g.index(alias + "-*").allowNoIndices(true).ignoreUnavailable(true)).result());
        Map<String, Map<String, Object>> marked = new LinkedHashMap<>();
        mappings.forEach((index, record) -> {
            JsonData mark = record.mappings().meta() == null ? null : record.mappings().meta().get(META);
            if (mark != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> writer = mark.to(Map.class);
                marked.put(index, writer);
            }
        });
        return marked;
    }

    private static boolean writerAlive(Map<String, Object> writer) {
        Instant started = Instant.parse(writer.get("started").toString());
        boolean recent = started.plus(FOREIGN_WRITER_LIMIT).isAfter(Instant.now());
        if (!hostName().equals(writer.get("host"))) {
            return recent;
        }
        long pid = ((Number) writer.get("pid")).longValue();
        // A process started after the mark has only inherited the id of the writer.
        return recent && ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(process -> process.info().startInstant().map(start -> !start.isAfter(started)).orElse(true))
                .orElse(false);
    }

    private void deleteQuietly(String index) {
        try {
            IndexLifecycle.call("delete " + index, () -> client.indices()
                    .delete(d -> d.index(index).ignoreUnavailable(true)));
        } catch (IndexException e) {
            log.warn("Could not delete the abandoned {}; the next start-up does: {}", index, e.getMessage());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
