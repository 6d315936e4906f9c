package org.qianliyan.portal.search.syntax;

/**
 * A query that cannot be parsed or is beyond the limits: where (1-based character position,
 * 0 for the whole query) and what was expected, in Chinese first and in English.
 */
public class QuerySyntaxException extends RuntimeException {

    private final int position;
    private final String chinese;
    private final String english;

    QuerySyntaxException(int position, String chinese, String english) {
        super(position > 0
                ? "查询语法错误：第 " + position + " 个字符处" + chinese + "（query syntax error at character " + position
                        + ": " + english + "）"
                : "查询无法执行：" + chinese + "（query rejected: " + english + "）");
        this.position = position;
        this.chinese = chinese;
        this.english = english;
    }

    /** 1-based character position of the problem, 0 when it concerns the query as a whole. */
    public int position() {
        return position;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
