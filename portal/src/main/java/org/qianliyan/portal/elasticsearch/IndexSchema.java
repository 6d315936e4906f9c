package org.qianliyan.portal.elasticsearch;

import java.util.Comparator;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.springframework.stereotype.Component;

/**
 * The portal's indices: every {@link IndexDefinition} bean, created or migrated when the
 * application starts. Services that read or write an index take this bean, which both
 * guarantees the index exists and tells them its alias.
 */
@Component
public class IndexSchema {

    private final IndexNames names;
    private final List<IndexDefinition> definitions;

    IndexSchema(ElasticsearchClient client, ElasticsearchProperties settings, List<IndexDefinition> definitions) {
        this.names = new IndexNames(settings.indexPrefix());
        this.definitions = definitions.stream().sorted(Comparator.comparing(IndexDefinition::name)).toList();
        new IndexLifecycle(client, names).ensure(this.definitions);
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
