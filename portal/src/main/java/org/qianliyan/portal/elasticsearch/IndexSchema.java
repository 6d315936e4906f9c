package org.qianliyan.portal.elasticsearch;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.schema.StagedIndices;
import org.qianliyan.index.server.SupervisedElasticsearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The portal's indices: every {@link IndexDefinition} bean, created or migrated when the
 * application starts, after which batches of writes that a process died in the middle of
 * are rolled back ({@link StagedIndices#recover}). Services that read or write an index take
 * this bean, which both guarantees the index exists and tells them its alias. With the
 * embedded server, it is the bean that waits for the server to be healthy.
 */
@Component
public class IndexSchema {

    private static final Logger log = LoggerFactory.getLogger(IndexSchema.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final List<IndexDefinition> definitions;

    IndexSchema(ElasticsearchClient client, ElasticsearchProperties settings, List<IndexDefinition> definitions,
                ObjectProvider<SupervisedElasticsearch> embeddedServer) {
        embeddedServer.ifAvailable(server -> log.debug("Elasticsearch at {} is healthy", server.httpUri()));
        this.client = client;
        this.names = new IndexNames(settings.indexPrefix());
        this.definitions = definitions.stream().sorted(Comparator.comparing(IndexDefinition::name)).toList();
        new IndexLifecycle(client, names).ensure(this.definitions);
        StagedIndices.recover(client, names, this.definitions);
    }

    /**
     * Starts a batch of writes to the indices called {@code indexNames} that readers see only once it is committed,
     * each new generation starting from the current documents that {@code keep} accepts.
     */
    public StagedIndices stage(List<String> indexNames, Predicate<Map<String, Object>> keep) {
        List<IndexDefinition> staged = indexNames.stream().map(name -> definitions.stream()
                .filter(definition -> definition.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index called " + name))).toList();
        return StagedIndices.begin(client, names, staged, keep);
    }

    /** The alias to read and write for the index called {@code name}, such as {@code facilities}. */
    public String alias(String name) {
        return names.alias(name);
    }

    /** Every index the portal defines, by name. */
    public List<IndexDefinition> definitions() {
        return definitions;
    }
}
