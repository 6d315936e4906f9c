package org.qianliyan.crawler.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps the label variants of Chinese penalty disclosures to the 双公示 schema names. */
final class DisclosureLabels {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern TRAILING_COLONS = Pattern.compile("[:：]+$");

    private static final int MAX_LABEL = 24;

    /** Checked in order: the first rule whose keyword the label contains wins. */
    private static final List<Map.Entry<String, String>> RULES = List.of(
            Map.entry("文号", DisclosureRecord.DECISION_NUMBER),
            Map.entry("信用代码", DisclosureRecord.CREDIT_CODE),
            Map.entry("组织机构代码", DisclosureRecord.CREDIT_CODE),
            Map.entry("法定代表人", DisclosureRecord.LEGAL_REPRESENTATIVE),
            Map.entry("负责人", DisclosureRecord.LEGAL_REPRESENTATIVE),
            Map.entry("日期", DisclosureRecord.DECISION_DATE),
            Map.entry("决定时间", DisclosureRecord.DECISION_DATE),
            Map.entry("机关", DisclosureRecord.AUTHORITY),
            Map.entry("执法单位", DisclosureRecord.AUTHORITY),
            Map.entry("依据", DisclosureRecord.LEGAL_BASIS),
            Map.entry("类别", DisclosureRecord.PENALTY_CATEGORY),
            Map.entry("种类", DisclosureRecord.PENALTY_CATEGORY),
            Map.entry("金额", DisclosureRecord.AMOUNT),
            Map.entry("罚款数额", DisclosureRecord.AMOUNT),
            Map.entry("违法行为类型", DisclosureRecord.VIOLATION_TYPE),
            Map.entry("违法类型", DisclosureRecord.VIOLATION_TYPE),
            Map.entry("案由", DisclosureRecord.VIOLATION_TYPE),
            Map.entry("违法事实", DisclosureRecord.FACTS),
            Map.entry("处罚内容", DisclosureRecord.PENALTY),
            Map.entry("处罚结果", DisclosureRecord.PENALTY),
            Map.entry("相对人", DisclosureRecord.PARTY),
            Map.entry("当事人", DisclosureRecord.PARTY),
            Map.entry("被处罚", DisclosureRecord.PARTY),
            Map.entry("单位名称", DisclosureRecord.PARTY),
            Map.entry("企业名称", DisclosureRecord.PARTY));

    private DisclosureLabels() {
    }

    /** @return the schema name of a label, when it is one we know */
    static Optional<String> schemaName(String label) {
        String l = clean(label);
        if (l.isEmpty() || l.length() > MAX_LABEL) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> rule : RULES) {
            if (l.contains(rule.getKey())) {
                return Optional.of(rule.getValue());
            }
        }
        return Optional.empty();
    }

    /** @return the label without white space and a trailing colon */
    static String clean(String label) {
        return TRAILING_COLONS.matcher(SPACES.matcher(label).replaceAll("")).replaceAll("");
    }
}
