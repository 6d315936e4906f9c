package org.qianliyan.portal.search.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields a query may name, in English or Chinese ({@code province:浙江} or {@code 省份:浙江}). */
public enum SearchField {
    PROVINCE(Kind.KEYWORD, "province", "省份", "省"),
    CITY(Kind.KEYWORD, "city", "城市", "市"),
    AUTHORITY(Kind.KEYWORD, "authority", "机关", "处罚机关"),
    TYPE(Kind.KEYWORD, "type", "类型", "违法类型"),
    FACILITY(Kind.KEYWORD, "facility", "设施", "企业"),
    /** A plant's compliance verdict: {@code exceedance} (超标), {@code missing}, {@code maintenance}, {@code marked}, {@code compliant}. */
    VERDICT(Kind.KEYWORD, "verdict", "结论", "判定"),
    /** Penalty amount in 万元 (ten thousand yuan), the unit of the national penalty exports. */
    AMOUNT(Kind.NUMBER, "amount", "金额", "罚款"),
    DATE(Kind.DATE, "date", "日期");

    /** What a field's values are, which decides the value syntax the parser accepts. */
    public enum Kind { KEYWORD, NUMBER, DATE }

    private final Kind kind;
    private final List<String> names;

    SearchField(Kind kind, String... names) {
        this.kind = kind;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    /** The English name used in queries and documentation. */
    public String queryName() {
        return names.get(0);
    }

    static Optional<SearchField> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(field -> field.names.contains(lower)).findFirst();
    }

    static String allNames() {
        return Arrays.stream(values()).map(field -> field.queryName() + "/" + field.names.get(1))
                .collect(Collectors.joining(", "));
    }
}
