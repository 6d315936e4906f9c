package org.qianliyan.portal.search.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.search.syntax.SearchExpression.AllOf;
import org.qianliyan.portal.search.syntax.SearchExpression.AnyOf;
import org.qianliyan.portal.search.syntax.SearchExpression.FieldValue;
import org.qianliyan.portal.search.syntax.SearchExpression.Not;
import org.qianliyan.portal.search.syntax.SearchExpression.Phrase;
import org.qianliyan.portal.search.syntax.SearchExpression.Prefix;
import org.qianliyan.portal.search.syntax.SearchExpression.Range;
import org.qianliyan.portal.search.syntax.SearchExpression.Words;

class QueryParserTest {

    @Test
    void a_single_word_is_words() {
        assertThat(QueryParser.parse("  焚烧厂 ")).isEqualTo(new Words("焚烧厂"));
    }

    @Test
    void words_side_by_side_are_all_required() {
        assertThat(QueryParser.parse("金乡 焚烧")).isEqualTo(new AllOf(List.of(new Words("金乡"), new Words("焚烧"))));
    }

    @Test
    void and_binds_tighter_than_or_in_english_and_chinese() {
        SearchExpression expected = new AnyOf(List.of(new AllOf(List.of(new Words("a"), new Words("b"))), new Words("c")));
        assertThat(QueryParser.parse("a AND b OR c")).isEqualTo(expected);
        assertThat(QueryParser.parse("a 与 b 或 c")).isEqualTo(expected);
    }

    @Test
    void brackets_group() {
        assertThat(QueryParser.parse("a AND (b OR c)")).isEqualTo(new AllOf(List.of(new Words("a"),
                new AnyOf(List.of(new Words("b"), new Words("c"))))));
    }

    @Test
    void not_in_three_spellings() {
        Not expected = new Not(new Words("罚款"));
        assertThat(QueryParser.parse("NOT 罚款")).isEqualTo(expected);
        assertThat(QueryParser.parse("非 罚款")).isEqualTo(expected);
        assertThat(QueryParser.parse("-罚款")).isEqualTo(expected);
    }

    @Test
    void operators_inside_words_stay_text() {
        assertThat(QueryParser.parse("参与 或许 非法 ANDROID")).isEqualTo(new AllOf(List.of(
                new Words("参与"), new Words("或许"), new Words("非法"), new Words("ANDROID"))));
    }

    @Test
    void quotes_make_a_phrase_that_keeps_operators_and_colons() {
        assertThat(QueryParser.parse("\"浙环罚(2023)12号 OR x:y\"")).isEqualTo(new Phrase("浙环罚(2023)12号 OR x:y"));
    }

    @Test
    void trailing_star_is_a_prefix() {
        assertThat(QueryParser.parse("焚烧*")).isEqualTo(new Prefix("焚烧"));
    }

    @Test
    void keyword_fields_in_english_and_chinese() {
        assertThat(QueryParser.parse("province:浙江")).isEqualTo(new FieldValue(SearchField.PROVINCE, "浙江", false));
        assertThat(QueryParser.parse("省份：浙江")).isEqualTo(new FieldValue(SearchField.PROVINCE, "浙江", false));
        assertThat(QueryParser.parse("authority:\"杭州市生态环境局\"")).isEqualTo(
                new FieldValue(SearchField.AUTHORITY, "杭州市生态环境局", false));
        assertThat(QueryParser.parse("type:大气*")).isEqualTo(new FieldValue(SearchField.TYPE, "大气", true));
    }

    @Test
    void amount_comparisons() {
        assertThat(QueryParser.parse("amount:>=10")).isEqualTo(new Range(SearchField.AMOUNT, "10", true, null, false));
        assertThat(QueryParser.parse("amount:>10")).isEqualTo(new Range(SearchField.AMOUNT, "10", false, null, false));
        assertThat(QueryParser.parse("amount:<=2.5")).isEqualTo(new Range(SearchField.AMOUNT, null, false, "2.5", true));
        assertThat(QueryParser.parse("amount:<1")).isEqualTo(new Range(SearchField.AMOUNT, null, false, "1", false));
        assertThat(QueryParser.parse("amount:=3")).isEqualTo(new Range(SearchField.AMOUNT, "3", true, "3", true));
    }

    @Test
    void date_ranges_and_years() {
        assertThat(QueryParser.parse("date:[2023-01-01 TO 2023-12-31]"))
                .isEqualTo(new Range(SearchField.DATE, "2023-01-01", true, "2023-12-31", true));
        assertThat(QueryParser.parse("date:{2023-01-01 TO *]"))
                .isEqualTo(new Range(SearchField.DATE, "2023-01-01", false, null, true));
        assertThat(QueryParser.parse("date:2022")).isEqualTo(new Range(SearchField.DATE, "2022-01-01", true, "2022-12-31", true));
    }

    @Test
    void a_journalists_query_combines_everything() {
        SearchExpression parsed = QueryParser.parse(
                "(\"金乡盛运\" OR 盛运*) province:山东 amount:>=10 date:[2023-01-01 TO 2023-12-31] NOT type:噪声");
        assertThat(parsed).isInstanceOf(AllOf.class);
        assertThat(((AllOf) parsed).parts()).hasSize(5).last().isEqualTo(new Not(new FieldValue(SearchField.TYPE, "噪声", false)));
    }

    @Test
    void an_unclosed_bracket_names_position_and_expectation() {
        assertThatThrownBy(() -> QueryParser.parse("(a OR b"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("第 8 个字符").hasMessageContaining("\")\"").hasMessageContaining("character 8");
    }

    @Test
    void malformed_queries_are_explained() {
        assertError("a OR", 5, "expected a word");
        assertError("AND a", 1, "before the operator");
        assertError("\"abc", 1, "unclosed quotation");
        assertError("a )", 3, "unmatched");
        assertError("()", 2, "before \")\"");
        assertError("colour:red", 1, "unknown field \"colour\"");
        assertError("amount:>=lots", 10, "expected a number");
        assertError("date:[2023-13-01 TO 2024-01-01]", 7, "expected a date");
        assertError("date:[2023-01-01 2024-01-01]", 18, "expected TO");
        assertError("*", 1, "before *");
        assertError("焚*烧", 2, "only a trailing *");
        assertError("province:", 10, "expected a value");
    }

    @Test
    void hostile_queries_are_refused_by_the_limits() {
        assertThatThrownBy(() -> QueryParser.parse("焚".repeat(10_240))).hasMessageContaining("too long");
        assertThatThrownBy(() -> QueryParser.parse("(".repeat(400) + "a" + ")".repeat(400))).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> QueryParser.parse("NOT ".repeat(50) + "a")).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> QueryParser.parse("a OR ".repeat(40) + "a")).hasMessageContaining("too many terms");
        assertThatThrownBy(() -> QueryParser.parse("a* b* c* d* e*")).hasMessageContaining("too many wildcards");
        assertThatThrownBy(() -> QueryParser.parse("   ")).hasMessageContaining("empty");
    }

    @Test
    void the_message_is_chinese_first_then_english() {
        assertThatThrownBy(() -> QueryParser.parse("(a")).hasMessageStartingWith("查询语法错误：第 3 个字符处应为右括号")
                .hasMessageEndingWith("expected \")\"）");
    }

    private static void assertError(String query, int position, String english) {
        assertThatThrownBy(() -> QueryParser.parse(query)).as(query)
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.position()).as("position in %s", query).isEqualTo(position);
                    assertThat(e.english()).as(query).contains(english);
                });
    }
}
