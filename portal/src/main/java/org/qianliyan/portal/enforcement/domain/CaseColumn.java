package org.qianliyan.portal.enforcement.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a case import, under their Chinese headers: first the 21 columns of the
 * national 行政处罚 export of the credit platforms (信用中国 and the provincial platforms),
 * in their order, then our optional region, source and supervision columns. Older and
 * provincial exports name some columns differently; those names are accepted as aliases.
 * Only the four columns without which a row cannot be a case must be present.
 */
public enum CaseColumn {
    PARTY_NAME("行政相对人名称", true, true),
    PARTY_CATEGORY("行政相对人类别", true, false),
    CREDIT_CODE("统一社会信用代码", true, false),
    LEGAL_REPRESENTATIVE("法定代表人", true, false),
    DECISION_NUMBER("行政处罚决定书文号", true, true),
    VIOLATION_TYPE("违法行为类型", true, false),
    VIOLATION_FACTS("违法事实", true, false),
    LEGAL_BASIS("处罚依据", true, false),
    PENALTY_CATEGORY("处罚类别", true, false),
    PENALTY_CONTENT("处罚内容", true, false),
    PENALTY_AMOUNT("罚款金额（万元）", true, false, "罚款金额", "处罚金额（万元）", "处罚金额"),
    CONFISCATION_AMOUNT("没收违法所得、没收非法财物的金额（万元）", true, false,
            "没收违法所得、没收非法财物的金额", "没收违法所得没收非法财物的金额（万元）"),
    LICENCE("暂扣或吊销证照名称及编号", true, false),
    DECISION_DATE("处罚决定日期", true, true, "决定日期"),
    VALIDITY_END("处罚有效期", true, false),
    PUBLICITY_END("公示截止期", true, false),
    AUTHORITY("处罚机关", true, true),
    AUTHORITY_CODE("处罚机关统一社会信用代码", true, false),
    DATA_SOURCE("数据来源单位", true, false, "数据来源"),
    DATA_SOURCE_CODE("数据来源单位统一社会信用代码", true, false),
    REMARKS("备注", true, false),
    PROVINCE("省份", false, false),
    CITY("城市", false, false),
    COUNTY("区县", false, false),
    SOURCE_URL("来源网址", false, false),
    SUPERVISION_KIND("督办类型", false, false),
    SUPERVISION_NUMBER("督办文号", false, false),
    SUPERVISION_ISSUER("督办机关", false, false),
    SUPERVISION_ISSUED("督办下达日期", false, false),
    SUPERVISION_RECTIFYING("整改开始日期", false, false),
    SUPERVISION_CLOSED("督办办结日期", false, false);

    private final String header;
    private final boolean national;
    private final boolean valueRequired;
    private final List<String> aliases;

    CaseColumn(String header, boolean national, boolean valueRequired, String... aliases) {
        this.header = header;
        this.national = national;
        this.valueRequired = valueRequired;
        this.aliases = List.of(aliases);
    }

    public String header() {
        return header;
    }

    /** One of the national export's columns (the others are ours). */
    public boolean national() {
        return national;
    }

    /** A row without a value here cannot be a case, so an import file must have the column. */
    public boolean valueRequired() {
        return valueRequired;
    }

    /**
     * The column whose header or alias is {@code text}, tolerating full-width or half-width
     * brackets and punctuation, spaces anywhere and a BOM.
     */
    public static Optional<CaseColumn> byHeader(String text) {
        String key = headerKey(text);
        return Arrays.stream(values())
                .filter(c -> headerKey(c.header).equals(key) || c.aliases.stream().anyMatch(a -> headerKey(a).equals(key)))
                .findFirst();
    }

    /** Columns our CSV export adds (id and facility link); an import accepts and ignores them. */
    public static final List<String> DERIVED_HEADERS = List.of("编号", "关联设施编号", "关联设施", "关联依据");

    public static List<String> headers() {
        return Arrays.stream(values()).map(CaseColumn::header).toList();
    }

    private static String headerKey(String text) {
        return HalfWidth.fold(text == null ? "" : text.replace("\uFEFF", "")).replaceAll("\\s+", "");
    }
}
