package org.qianliyan.portal.enforcement.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a case import, under their Chinese headers: the twelve of the 双公示
 * schema (all must be present as headers, some may be blank), then our optional region,
 * source and supervision columns.
 */
public enum CaseColumn {
    PARTY_NAME("行政相对人名称", true, true),
    CREDIT_CODE("统一社会信用代码", true, false),
    DECISION_NUMBER("行政处罚决定书文号", true, true),
    VIOLATION_TYPE("违法行为类型", true, false),
    VIOLATION_FACTS("违法事实", true, false),
    LEGAL_BASIS("处罚依据", true, false),
    PENALTY_CATEGORY("处罚类别", true, false),
    PENALTY_CONTENT("处罚内容", true, false),
    PENALTY_AMOUNT("处罚金额(万元)", true, false),
    DECISION_DATE("处罚决定日期", true, true),
    AUTHORITY("处罚机关", true, true),
    DATA_SOURCE("数据来源", true, false),
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
    private final boolean schemaColumn;
    private final boolean valueRequired;

    CaseColumn(String header, boolean schemaColumn, boolean valueRequired) {
        this.header = header;
        this.schemaColumn = schemaColumn;
        this.valueRequired = valueRequired;
    }

    public String header() {
        return header;
    }

    /** Part of the 双公示 schema, so an import file must have the column. */
    public boolean schemaColumn() {
        return schemaColumn;
    }

    /** A row without a value here cannot be a case. */
    public boolean valueRequired() {
        return valueRequired;
    }

    /** The column whose header is {@code text}, tolerating full-width brackets, spaces and a BOM. */
    public static Optional<CaseColumn> byHeader(String text) {
        String key = headerKey(text);
        return Arrays.stream(values()).filter(c -> headerKey(c.header).equals(key)).findFirst();
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
