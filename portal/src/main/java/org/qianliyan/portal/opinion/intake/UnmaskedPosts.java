package org.qianliyan.portal.opinion.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.TextAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Masks the posts written before masking covered every searchable field (they came over
 * unchanged with the mapping migration): their text, title and markup are masked and
 * analysed again, the raw title and text move to the stored-only fields. Idempotent: a post
 * is done once {@link PostFields#PII_MASKED} is set, so an interrupted run just continues.
 */
public final class UnmaskedPosts {

    private static final Logger LOG = LoggerFactory.getLogger(UnmaskedPosts.class);
    private static final int BATCH = 100;

    private final ElasticsearchClient client;
    private final String index;
    private final Supplier<TextAnalyzer> analyzer;

    /**
     * @param client   the Elasticsearch client
     * @param index    the {@code posts} alias
     * @param analyzer the analyzer, asked for only when there is a post to mask (HanLP is slow to load)
     */
    public UnmaskedPosts(ElasticsearchClient client, String index, Supplier<TextAnalyzer> analyzer) {
        this.client = client;
        this.index = index;
        this.analyzer = analyzer;
    }

    /** @return how many posts were masked */
    public long maskAll() {
        long masked = 0;
        try {
            for (List<Hit<Map>> batch = nextBatch(); !batch.isEmpty(); batch = nextBatch()) {
                write(batch, analyzer.get());
                masked += batch.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mask the personal data of older posts in " + index, e);
        }
        if (masked > 0) {
            LOG.info("Masked personal data in {} older posts", masked);
        }
        return masked;
    }

    @SuppressWarnings("rawtypes")
    private List<Hit<Map>> nextBatch() throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.search(s -> s.index(index).size(BATCH).query(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t
                .field(PostFields.PII_MASKED).value(true))))), Map.class).hits().hits();
    }

    @SuppressWarnings("rawtypes")
    private void write(List<Hit<Map>> batch, TextAnalyzer analyzer) throws IOException {
        List<BulkOperation> updates = new ArrayList<>(batch.size());
        for (Hit<Map> hit : batch) {
            Map<String, Object> fields = maskedFields(hit.source(), analyzer);
            updates.add(BulkOperation.of(op -> op.update(u -> u.index(index).id(hit.id()).action(a -> a.doc(fields)))));
        }
        BulkResponse response = client.bulk(b -> b.operations(updates));
        if (response.errors()) {
            throw new IllegalStateException("Masking older posts failed, first: " + response.items().stream()
                    .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse("?"));
        }
    }

    private static Map<String, Object> maskedFields(Map<?, ?> source, TextAnalyzer analyzer) {
        String title = firstText(source, PostFields.RAW_TITLE, PostFields.TITLE);
        String text = firstText(source, PostFields.RAW_TEXT, PostFields.TEXT);
        Object html = source.get(PostFields.HTML);
        MaskedPost masked = MaskedPost.of(title, text, html == null ? null : html.toString(), analyzer);
        AnalysisResult analysis = analyzer.analyze(masked.analysed());
        Map<String, Object> fields = PostDocuments.searchable(masked, analysis, analyzer.segmentForIndex(masked.title()));
        fields.put(PostFields.RAW_TITLE, title);
        fields.put(PostFields.RAW_TEXT, text);
        return fields;
    }

    private static String firstText(Map<?, ?> source, String... fields) {
        for (String field : fields) {
            Object value = source.get(field);
            if (value != null) {
                return value.toString();
            }
        }
        return "";
    }
}
