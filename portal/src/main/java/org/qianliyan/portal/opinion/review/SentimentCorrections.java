package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Staff sentiment corrections as labelled data for {@code nlp train --sentiment DIR}: a CSV
 * with a header {@code label,text}, label 1 for a post corrected to positive and 0 for one
 * corrected to negative (the trainer is binary, so neutral corrections are left out), the
 * post's title and text as the text, RFC 4180 quoting, UTF-8.
 */
public class SentimentCorrections {

    private static final int MAX = 10_000;

    private final ElasticsearchClient client;
    private final String reviewIndex;
    private final StaffPostIndex posts;

    SentimentCorrections(ElasticsearchClient client, String reviewIndex, StaffPostIndex posts) {
        this.client = client;
        this.reviewIndex = reviewIndex;
        this.posts = posts;
    }

    /** @return the CSV text */
    public String csv() {
        try {
            var hits = client.search(s -> s.index(reviewIndex).size(MAX)
                    .query(q -> q.terms(t -> t.field("sentiment").terms(v -> v.value(List.of(FieldValue.of("POSITIVE"),
                            FieldValue.of("NEGATIVE"))))))
                    .source(src -> src.filter(f -> f.includes("sentiment"))), Map.class).hits().hits();
            Map<String, String> texts = posts.texts(hits.stream().map(h -> h.id()).toList());
            StringBuilder csv = new StringBuilder("label,text\n");
            for (var hit : hits) {
                String text = texts.get(hit.id());
                if (text != null && !text.isBlank()) {
                    csv.append("POSITIVE".equals(hit.source().get("sentiment")) ? '1' : '0').append(',')
                            .append(quoted(text)).append('\n');
                }
            }
            return csv.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export sentiment corrections", e);
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
