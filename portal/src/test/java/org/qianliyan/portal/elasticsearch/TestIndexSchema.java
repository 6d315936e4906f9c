package org.qianliyan.portal.elasticsearch;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.server.SupervisedElasticsearch;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The portal's {@link IndexSchema} under a prefix of its own, without a Spring context (nor an embedded server to wait for), for benchmarks. */
public final class TestIndexSchema {

    private TestIndexSchema() {
    }

    /** Creates (or keeps) the indices of {@code definitions} under {@code prefix} and returns their schema. */
    public static IndexSchema open(ElasticsearchClient client, String prefix, List<IndexDefinition> definitions) {
        return new IndexSchema(client, new ElasticsearchProperties(prefix, 9200, "512m", Duration.ofSeconds(120), null),
                definitions, new StaticListableBeanFactory().getBeanProvider(SupervisedElasticsearch.class));
    }
}
