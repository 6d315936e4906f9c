package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.search.syntax.QueryParser;

/** The Elasticsearch queries built from parsed expressions, read as JSON. */
class SearchQueriesTest {

    /** Splits on spaces: the structure, not HanLP, is under test here (SearchIT uses the real analyzer). */
    private final SearchQueries queries = new SearchQueries(text -> Arrays.asList(text.split(" ")));

    @Test
    void free_words_are_a_phrase_on_raw_text_and_words_on_segmented_fields() {
        String json = json("金乡盛运", SearchHit.Kind.POST);
        assertThat(json).contains("\"match_phrase\":{\"title\"", "\"match_phrase\":{\"text\"",
                "\"match\":{\"text_words\":{\"operator\":\"and\",\"query\":\"金乡盛运\"");
        assertThat(json).doesNotContain("query_string", "simple_query_string");
    }

    @Test
    void a_phrase_is_only_phrase_and_exact_clauses() {
        String json = json("\"鲁环罚〔2023〕12号\"", SearchHit.Kind.CASE);
        assertThat(json).contains("\"match_phrase\":{\"decision_number.text\"", "\"term\":{\"decision_number\"")
                .doesNotContain("\"match\":{");
    }

    @Test
    void not_becomes_must_not_and_or_becomes_should_with_one_required() {
        String json = json("a OR NOT b", SearchHit.Kind.FACILITY);
        assertThat(json).contains("\"must_not\"", "\"minimum_should_match\":\"1\"");
    }

    @Test
    void a_field_the_dataset_lacks_matches_nothing_there() {
        assertThat(json("authority:杭州", SearchHit.Kind.FACILITY)).isEqualTo("{\"match_none\":{}}");
        assertThat(json("amount:>=10", SearchHit.Kind.POST)).isEqualTo("{\"match_none\":{}}");
    }

    @Test
    void province_matches_every_stored_spelling() {
        assertThat(json("province:浙江", SearchHit.Kind.CASE)).contains("\"浙江省\"", "\"浙江\"");
    }

    @Test
    void amount_is_in_ten_thousand_yuan_and_stored_in_yuan() {
        assertThat(json("amount:>=10", SearchHit.Kind.CASE)).contains("\"penalty_yuan\"", "\"gte\":100000.0");
    }

    @Test
    void date_range_keeps_its_bounds() {
        assertThat(json("date:{2023-01-01 TO 2023-12-31]", SearchHit.Kind.CASE))
                .contains("\"decision_date\"", "\"gt\":\"2023-01-01\"", "\"lte\":\"2023-12-31\"");
    }

    @Test
    void prefixes_are_bounded_by_a_top_terms_rewrite() {
        String json = json("焚烧*", SearchHit.Kind.POST);
        assertThat(json).contains("\"prefix\":{\"text_words\":{\"rewrite\":\"" + SearchQueries.PREFIX_REWRITE + "\",\"value\":\"焚烧\"");
    }

    @Test
    void a_facility_prefix_never_asks_for_a_prefix_of_ids() {
        String json = json("facility:金乡*", SearchHit.Kind.FACILITY);
        assertThat(json).contains("\"prefix\":{\"name.keyword\"").doesNotContain("_id");
        assertThat(json("facility:金乡盛运", SearchHit.Kind.FACILITY)).contains("\"ids\":{\"values\":[\"金乡盛运\"]");
    }

    @Test
    void authority_matches_exactly_or_as_a_phrase_of_its_name() {
        assertThat(json("authority:杭州市", SearchHit.Kind.CASE)).contains("\"terms\":{\"authority\"",
                "\"match_phrase\":{\"authority.text\":{\"query\":\"杭州市\"");
    }

    @Test
    void a_named_plant_matches_its_whole_name_or_a_phrase_of_the_name() {
        assertThat(json("facility:金乡盛运", SearchHit.Kind.FACILITY)).contains("\"terms\":{\"name.keyword\"",
                "\"match_phrase\":{\"name\":{\"query\":\"金乡盛运\"");
        assertThat(json("facility:金乡盛运", SearchHit.Kind.CASE)).contains("\"terms\":{\"party_name.keyword\"",
                "\"match_phrase\":{\"party_name\":{\"query\":\"金乡盛运\"")
                .doesNotContain("\"match_phrase\":{\"facility_name\"");
        assertThat(json("type:大气", SearchHit.Kind.CASE)).contains("\"match_phrase\":{\"violation_type.text\"");
    }

    private String json(String query, SearchHit.Kind kind) {
        Query built = queries.toQuery(QueryParser.parse(query), DatasetFields.of(kind));
        return JsonpUtils.toJsonString(built, new JacksonJsonpMapper());
    }
}
