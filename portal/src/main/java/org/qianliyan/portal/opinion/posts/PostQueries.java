package org.qianliyan.portal.opinion.posts;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import org.qianliyan.portal.opinion.intake.PostFields;

/** The Elasticsearch query of an {@link OpinionFilter}: every restriction a filter clause, so results cache and never score. */
public final class PostQueries {

    private PostQueries() {
    }

    public static Query of(OpinionFilter f) {
        List<Query> clauses = new ArrayList<>();
        clauses.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field(PostFields.PUBLISHED_AT)
                .gte(JsonData.of(f.from().toEpochMilli())).lt(JsonData.of(f.to().toEpochMilli())).format("epoch_millis")))));
        term(clauses, PostFields.TOPICS, f.topic());
        term(clauses, PostFields.SENTIMENT, f.sentiment());
        term(clauses, PostFields.FACILITY_IDS, f.facility());
        term(clauses, PostFields.PROVINCES, f.province());
        term(clauses, PostFields.KIND, f.kind());
        term(clauses, PostFields.SOURCE_ID, f.source());
        term(clauses, PostFields.AUTHOR, f.author());
        term(clauses, PostFields.KEYWORDS, f.keyword());
        if (f.complaintOnly()) {
            clauses.add(Query.of(q -> q.term(t -> t.field(PostFields.COMPLAINT).value(true))));
        }
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    private static void term(List<Query> clauses, String field, String value) {
        if (value != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }
}
