package org.qianliyan.portal.search.syntax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the search syntax into a {@link SearchExpression} by recursive descent:
 *
 * <pre>
 * query   = or
 * or      = and { ("OR" | "或" | "||") and }
 * and     = unary { ["AND" | "与" | "&amp;&amp;"] unary }      words side by side are ANDed
 * unary   = ("NOT" | "非" | "-") unary | primary
 * primary = "(" or ")" | '"' phrase '"' | field ":" value | word ["*"]
 * value   = '"' phrase '"' | "[" bound ("TO" | "至") bound "]" | (">=" | ">" | "<=" | "<" | "=") bound | word ["*"]
 * </pre>
 *
 * Operators are recognised only as separate words, so 参与 or 或许 inside a word stay text.
 * Every failure is a {@link QuerySyntaxException} naming the position and what was expected.
 */
public final class QueryParser {

    private static final Set<String> AND = Set.of("AND", "与", "&&");
    private static final Set<String> OR = Set.of("OR", "或", "||");
    private static final Set<String> NOT = Set.of("NOT", "非");
    private static final String WORD_END = " \t\r\n\u3000()\"";

    private final String input;
    private final QueryLimits limits;
    private int pos;
    private int terms;
    private int prefixes;

    private QueryParser(String input, QueryLimits limits) {
        this.input = input;
        this.limits = limits;
    }

    /** Parses {@code query} within the {@linkplain QueryLimits#DEFAULT default limits}. */
    public static SearchExpression parse(String query) {
        return parse(query, QueryLimits.DEFAULT);
    }

    public static SearchExpression parse(String query, QueryLimits limits) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(0, "查询为空", "the query is empty");
        }
        if (query.length() > limits.maxLength()) {
            throw new QuerySyntaxException(0, "查询过长（" + query.length() + " 个字符，最多 " + limits.maxLength() + "）",
                    "the query is too long (" + query.length() + " characters, at most " + limits.maxLength() + ")");
        }
        QueryParser parser = new QueryParser(query, limits);
        SearchExpression expression = parser.or(0);
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error(parser.peek() == ')' ? "多了一个右括号 \")\"" : "应为运算符或查询词",
                    parser.peek() == ')' ? "unmatched \")\"" : "expected an operator or a search term");
        }
        return expression;
    }

    private SearchExpression or(int depth) {
        List<SearchExpression> parts = new ArrayList<>(List.of(and(depth)));
        while (skipSpace() && consumeOperator(OR)) {
            parts.add(and(depth));
        }
        return parts.size() == 1 ? parts.get(0) : new SearchExpression.AnyOf(List.copyOf(parts));
    }

    private SearchExpression and(int depth) {
        List<SearchExpression> parts = new ArrayList<>(List.of(unary(depth)));
        while (skipSpace() && !atEnd() && peek() != ')' && !atOperator(OR)) {
            consumeOperator(AND);
            parts.add(unary(depth));
        }
        return parts.size() == 1 ? parts.get(0) : new SearchExpression.AllOf(List.copyOf(parts));
    }

    private SearchExpression unary(int depth) {
        skipSpace();
        if (consumeOperator(NOT) || consumeMinus()) {
            return new SearchExpression.Not(unary(deeper(depth)));
        }
        return primary(depth);
    }

    private SearchExpression primary(int depth) {
        skipSpace();
        if (atEnd()) {
            throw error("应为查询词、短语或左括号", "expected a word, a \"phrase\" or \"(\"");
        }
        char c = peek();
        if (c == '(') {
            pos++;
            SearchExpression inner = or(deeper(depth));
            skipSpace();
            if (atEnd() || peek() != ')') {
                throw error("应为右括号 \")\"", "expected \")\"");
            }
            pos++;
            return inner;
        }
        if (c == ')') {
            throw error("括号内为空或多了一个右括号", "expected a search term before \")\"");
        }
        if (c == '"') {
            return counted(new SearchExpression.Phrase(phrase()));
        }
        if (atOperator(AND) || atOperator(OR)) {
            throw error("运算符前应有查询词", "expected a search term before the operator");
        }
        int start = pos;
        String word = word();
        int colon = word.indexOf(':') >= 0 ? word.indexOf(':') : word.indexOf('：');
        if (colon > 0) {
            pos = start + colon + 1;
            return fieldValue(start, word.substring(0, colon));
        }
        return counted(wordOrPrefix(start, word));
    }

    private SearchExpression fieldValue(int fieldStart, String name) {
        SearchField field = SearchField.named(name).orElseThrow(() -> new QuerySyntaxException(fieldStart + 1,
                "未知字段 \"" + name + "\"，可用字段：" + SearchField.allNames() + "（如要按原文搜索请加引号）",
                "unknown field \"" + name + "\"; known fields: " + SearchField.allNames()
                        + " (put text containing \":\" in quotes)"));
        if (atEnd() || WORD_END.indexOf(peek()) >= 0 && peek() != '"') {
            throw error("字段 " + name + ": 后应有值", "expected a value after " + name + ":");
        }
        return counted(switch (field.kind()) {
            case KEYWORD -> keywordValue(field);
            case NUMBER, DATE -> rangeValue(field);
        });
    }

    private SearchExpression keywordValue(SearchField field) {
        if (peek() == '"') {
            return new SearchExpression.FieldValue(field, phrase(), false);
        }
        int start = pos;
        String value = word();
        if (value.endsWith("*")) {
            return new SearchExpression.FieldValue(field, prefixText(start, value), true);
        }
        checkNoWildcard(start, value);
        return new SearchExpression.FieldValue(field, value, false);
    }

    private SearchExpression rangeValue(SearchField field) {
        if (peek() == '[' || peek() == '{') {
            return bracketRange(field);
        }
        String[] comparators = {">=", "<=", ">", "<", "="};
        for (String comparator : comparators) {
            if (input.startsWith(comparator, pos)) {
                pos += comparator.length();
                int start = pos;
                String bound = bound(field, start, word());
                return switch (comparator) {
                    case ">=" -> new SearchExpression.Range(field, bound, true, null, false);
                    case ">" -> new SearchExpression.Range(field, bound, false, null, false);
                    case "<=" -> new SearchExpression.Range(field, null, false, bound, true);
                    case "<" -> new SearchExpression.Range(field, null, false, bound, false);
                    default -> new SearchExpression.Range(field, bound, true, bound, true);
                };
            }
        }
        int start = pos;
        String value = word();
        if (field.kind() == SearchField.Kind.DATE && value.matches("\\d{4}")) {
            return new SearchExpression.Range(field, value + "-01-01", true, value + "-12-31", true);
        }
        String bound = bound(field, start, value);
        return new SearchExpression.Range(field, bound, true, bound, true);
    }

    private SearchExpression bracketRange(SearchField field) {
        boolean lowerInclusive = input.charAt(pos++) == '[';
        skipSpace();
        int lowerStart = pos;
        String lower = rangeToken();
        skipSpace();
        if (!consumeOperator(Set.of("TO", "至", "到"))) {
            throw error("范围中应为 TO", "expected TO inside the range");
        }
        skipSpace();
        int upperStart = pos;
        String upper = rangeToken();
        skipSpace();
        if (atEnd() || peek() != ']' && peek() != '}') {
            throw error("范围应以 \"]\" 结束", "expected \"]\" to close the range");
        }
        boolean upperInclusive = input.charAt(pos++) == ']';
        return new SearchExpression.Range(field, "*".equals(lower) ? null : bound(field, lowerStart, lower), lowerInclusive,
                "*".equals(upper) ? null : bound(field, upperStart, upper), upperInclusive);
    }

    private String rangeToken() {
        int start = pos;
        while (!atEnd() && " \t\u3000]}".indexOf(peek()) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error("范围中应有一个值或 *", "expected a value or * inside the range");
        }
        return input.substring(start, pos);
    }

    private String bound(SearchField field, int start, String value) {
        if (value.isEmpty()) {
            throw new QuerySyntaxException(start + 1, "应有一个" + (field.kind() == SearchField.Kind.DATE ? "日期" : "数值"),
                    "expected a " + (field.kind() == SearchField.Kind.DATE ? "date" : "number"));
        }
        try {
            return field.kind() == SearchField.Kind.DATE ? LocalDate.parse(value).toString()
                    : new BigDecimal(value).toPlainString();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw field.kind() == SearchField.Kind.DATE
                    ? new QuerySyntaxException(start + 1, "应为日期 yyyy-MM-dd，而不是 \"" + value + "\"",
                            "expected a date yyyy-MM-dd, not \"" + value + "\"")
                    : new QuerySyntaxException(start + 1, "应为数值（万元），而不是 \"" + value + "\"",
                            "expected a number (in 10,000 yuan), not \"" + value + "\"");
        }
    }

    private SearchExpression wordOrPrefix(int start, String word) {
        if (word.endsWith("*")) {
            return new SearchExpression.Prefix(prefixText(start, word));
        }
        checkNoWildcard(start, word);
        return new SearchExpression.Words(word);
    }

    private String prefixText(int start, String word) {
        String prefix = word.substring(0, word.length() - 1);
        if (prefix.isEmpty()) {
            throw new QuerySyntaxException(start + 1, "通配符 * 前至少要有一个字", "expected at least one character before *");
        }
        checkNoWildcard(start, prefix);
        if (++prefixes > limits.maxPrefixes()) {
            throw new QuerySyntaxException(start + 1, "通配符过多（最多 " + limits.maxPrefixes() + " 个）",
                    "too many wildcards (at most " + limits.maxPrefixes() + ")");
        }
        return prefix;
    }

    private static void checkNoWildcard(int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == '*' || word.charAt(i) == '?') {
                throw new QuerySyntaxException(start + i + 1, "只支持词尾的通配符 *（如 焚烧*）",
                        "only a trailing * is supported (as in 焚烧*)");
            }
        }
    }

    private String phrase() {
        int open = pos++;
        int close = input.indexOf('"', pos);
        if (close < 0) {
            throw new QuerySyntaxException(open + 1, "引号没有闭合", "unclosed quotation mark");
        }
        String text = input.substring(pos, close).strip();
        if (text.isEmpty()) {
            throw new QuerySyntaxException(open + 1, "引号内为空", "empty phrase");
        }
        pos = close + 1;
        return text;
    }

    private String word() {
        int start = pos;
        while (!atEnd() && WORD_END.indexOf(peek()) < 0) {
            pos++;
        }
        return input.substring(start, pos);
    }

    private SearchExpression counted(SearchExpression term) {
        if (++terms > limits.maxTerms()) {
            throw new QuerySyntaxException(0, "查询条件过多（最多 " + limits.maxTerms() + " 个）",
                    "too many terms (at most " + limits.maxTerms() + ")");
        }
        return term;
    }

    private int deeper(int depth) {
        if (depth + 1 > limits.maxDepth()) {
            throw error("嵌套过深（最多 " + limits.maxDepth() + " 层）", "nested too deeply (at most " + limits.maxDepth() + " levels)");
        }
        return depth + 1;
    }

    private boolean atOperator(Set<String> operators) {
        for (String operator : operators) {
            int end = pos + operator.length();
            if (input.startsWith(operator, pos) && (end == input.length() || " \t\r\n\u3000(\"".indexOf(input.charAt(end)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean consumeOperator(Set<String> operators) {
        for (String operator : operators) {
            if (input.startsWith(operator, pos) && atOperator(Set.of(operator))) {
                pos += operator.length();
                return true;
            }
        }
        return false;
    }

    private boolean consumeMinus() {
        if (!atEnd() && peek() == '-' && pos + 1 < input.length() && WORD_END.indexOf(input.charAt(pos + 1)) < 0
                || !atEnd() && peek() == '-' && pos + 1 < input.length() && "(\"".indexOf(input.charAt(pos + 1)) >= 0) {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips white space; always true, so it can lead a loop condition. */
    private boolean skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek()) || !atEnd() && peek() == '\u3000') {
            pos++;
        }
        return true;
    }

    private boolean atEnd() {
        return pos >= input.length();
    }

    private char peek() {
        return input.charAt(pos);
    }

    private QuerySyntaxException error(String chinese, String english) {
        return new QuerySyntaxException(pos + 1, chinese, english);
    }
}
