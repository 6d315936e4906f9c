package org.qianliyan.portal.overview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.stereotype.Service;

/** How many documents each of the portal's indices holds: the open-data page's counts, the front page's demo notice. */
@Service
public class IndexCounts {

    /** What the public can browse; crawl queues and sources are staff business. */
    public static final List<String> PUBLIC_DATASETS =
            List.of("facilities", "monitoring-days", "compliance-days", "cases", "posts");

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    IndexCounts(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** Document count of each of {@code names} that the portal defines, in the given order. */
    public Map<String, Long> of(List<String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : names) {
            if (schema.definitions().stream().map(IndexDefinition::name).anyMatch(name::equals)) {
                counts.put(name, count(schema.alias(name)));
            }
        }
        return counts;
    }

    /** Generated demo documents ({@code demo: true}) among {@code names}, so pages can say the figures include them. */
    public long demo(List<String> names) {
        List<String> aliases = names.stream()
                .filter(name -> schema.definitions().stream().map(IndexDefinition::name).anyMatch(name::equals))
                .map(schema::alias).toList();
        try {
            return aliases.isEmpty() ? 0 : client.count(request -> request.index(aliases).ignoreUnavailable(true)
                    .query(q -> q.term(t -> t.field("demo").value(true)))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count demo documents", e);
        }
    }

    private long count(String alias) {
        try {
            return client.count(request -> request.index(alias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count documents in " + alias, e);
        }
    }
}
