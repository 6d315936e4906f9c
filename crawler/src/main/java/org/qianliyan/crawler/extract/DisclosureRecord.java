package org.qianliyan.crawler.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The labelled fields of a government 行政处罚 (administrative penalty) disclosure, extracted
 * faithfully: values are the page's text, not normalised (amounts stay "伍万元", dates stay
 * "2023年6月1日"); the portal's enforcement feature normalises them.
 *
 * <p>{@code fields} is keyed by the national 双公示 schema names ({@link #PARTY}, {@link #CREDIT_CODE},
 * {@link #DECISION_NUMBER}, …) whatever label variant the page used; {@code rawFields} keeps the
 * page's own labels (e.g. "罚款金额（万元）", whose unit matters).
 *
 * @param title       the page title
 * @param fields      schema name → value, in page order
 * @param rawFields   page label → value, in page order
 * @param attachments files linked from the page (decision scans, PDFs)
 * @param basis       {@code TABLE} when read from label/value cells, {@code FREE_TEXT} when from the decision's prose
 */
public record DisclosureRecord(
        String title,
        Map<String, String> fields,
        Map<String, String> rawFields,
        List<Attachment> attachments,
        Basis basis) {

    /** 行政相对人名称 (the party penalised). */
    public static final String PARTY = "行政相对人名称";
    /** 统一社会信用代码. */
    public static final String CREDIT_CODE = "统一社会信用代码";
    /** 法定代表人. */
    public static final String LEGAL_REPRESENTATIVE = "法定代表人";
    /** 行政处罚决定书文号. */
    public static final String DECISION_NUMBER = "行政处罚决定书文号";
    /** 违法行为类型. */
    public static final String VIOLATION_TYPE = "违法行为类型";
    /** 违法事实. */
    public static final String FACTS = "违法事实";
    /** 处罚依据. */
    public static final String LEGAL_BASIS = "处罚依据";
    /** 处罚类别. */
    public static final String PENALTY_CATEGORY = "处罚类别";
    /** 处罚内容. */
    public static final String PENALTY = "处罚内容";
    /** 罚款金额 (as written, with its unit if the page gave one). */
    public static final String AMOUNT = "罚款金额";
    /** 处罚决定日期. */
    public static final String DECISION_DATE = "处罚决定日期";
    /** 处罚机关. */
    public static final String AUTHORITY = "处罚机关";

    /** How the fields were found. */
    public enum Basis {
        /** Label/value cells of an HTML table or definition list. */
        TABLE,
        /** Label patterns in the decision's free text. */
        FREE_TEXT
    }

    /**
     * A linked file.
     *
     * @param name the link text
     * @param url  the absolute URL
     */
    public record Attachment(String name, String url) {
    }

    /** Copies the collections. */
    public DisclosureRecord {
        Objects.requireNonNull(basis, "basis");
        title = title == null ? "" : title;
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        rawFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rawFields));
        attachments = List.copyOf(attachments);
    }

    /** @return the value of a schema field, if present */
    public Optional<String> field(String schemaName) {
        return Optional.ofNullable(fields.get(schemaName));
    }
}
