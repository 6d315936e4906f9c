package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.csv.CsvWriter;

/**
 * Staff sentiment corrections as labelled data for {@code nlp train --sentiment DIR}: a CSV
 * with a header {@code label,text}, label 1 for a post corrected to positive and 0 for one
 * corrected to negative (the trainer is binary, so neutral corrections are left out), the
 * post's title and text as the text, written by the portal's one {@link CsvWriter} (UTF-8 with
 * a byte-order mark, RFC 4180), which the trainer's reader takes as it is.
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

    /** Writes the CSV to {@code out}, once the corrections are read, so a failed search writes nothing. */
    public void write(OutputStream out) {
        List<Hit<Map>> hits;
        Map<String, String> texts;
        try {
            hits = client.search(s -> s.index(reviewIndex).size(MAX)
                    .query(q -> q.terms(t -> t.field("sentiment").terms(v -> v.value(List.of(FieldValue.of("POSITIVE"),
                            FieldValue.of("NEGATIVE"))))))
                    .source(src -> src.filter(f -> f.includes("sentiment"))), Map.class).hits().hits();
            texts = posts.texts(hits.stream().map(Hit::id).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export sentiment corrections", e);
        }
        try (CsvWriter csv = CsvWriter.utf8(out)) {
            csv.row(List.of("label", "text"));
            for (Hit<Map> hit : hits) {
                String text = texts.get(hit.id());
                if (text != null && !text.isBlank()) {
                    csv.row(List.of("POSITIVE".equals(hit.source().get("sentiment")) ? 1 : 0, text));
                }
            }
        }
    }
}
