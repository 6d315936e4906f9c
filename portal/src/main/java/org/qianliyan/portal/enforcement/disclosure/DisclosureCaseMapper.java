package org.qianliyan.portal.enforcement.disclosure;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.qianliyan.crawler.extract.DisclosureRecord;
import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseRowParser;

/**
 * Turns the labelled fields the crawler extracted from a 行政处罚 disclosure page into a
 * case, through the same normalisers as an import. The one judgement made here is the
 * fine's unit: a bare number means 万元 only when the page's own label says so
 * (罚款金额（万元）); in a decision's prose, or under a plain label, it means 元.
 */
public final class DisclosureCaseMapper {

    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９.,，．]+");

    private DisclosureCaseMapper() {
    }

    /** The case, or the problems (named by the schema's column) that keep the page from being one. */
    public static CaseRowParser.ParsedRow map(DisclosureRecord record, String url) {
        Map<String, String> fields = record.fields();
        Map<CaseColumn, String> row = new EnumMap<>(CaseColumn.class);
        put(row, CaseColumn.PARTY_NAME, fields.get(DisclosureRecord.PARTY));
        put(row, CaseColumn.CREDIT_CODE, fields.get(DisclosureRecord.CREDIT_CODE));
        put(row, CaseColumn.DECISION_NUMBER, fields.get(DisclosureRecord.DECISION_NUMBER));
        put(row, CaseColumn.VIOLATION_TYPE, fields.get(DisclosureRecord.VIOLATION_TYPE));
        put(row, CaseColumn.VIOLATION_FACTS, fields.get(DisclosureRecord.FACTS));
        put(row, CaseColumn.LEGAL_BASIS, fields.get(DisclosureRecord.LEGAL_BASIS));
        put(row, CaseColumn.PENALTY_CATEGORY, fields.get(DisclosureRecord.PENALTY_CATEGORY));
        put(row, CaseColumn.PENALTY_CONTENT, fields.get(DisclosureRecord.PENALTY));
        put(row, CaseColumn.PENALTY_AMOUNT, amountWithUnit(record));
        put(row, CaseColumn.DECISION_DATE, fields.get(DisclosureRecord.DECISION_DATE));
        put(row, CaseColumn.AUTHORITY, fields.get(DisclosureRecord.AUTHORITY));
        put(row, CaseColumn.DATA_SOURCE, host(url));
        put(row, CaseColumn.SOURCE_URL, url);
        return CaseRowParser.parse(row);
    }

    /** The amount as written, with 元 or 万元 added to a bare number according to the page's label. */
    static String amountWithUnit(DisclosureRecord record) {
        String amount = record.fields().get(DisclosureRecord.AMOUNT);
        if (amount == null || amount.isBlank()) {
            return "";
        }
        String value = amount.strip();
        if (!BARE_NUMBER.matcher(value).matches()) {
            return value;
        }
        boolean labelledTenThousand = record.rawFields().entrySet().stream()
                .anyMatch(e -> e.getKey().contains("万元") && e.getValue().strip().equals(value));
        return value + (labelledTenThousand ? "万元" : "元");
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void put(Map<CaseColumn, String> row, CaseColumn column, String value) {
        if (value != null && !value.isBlank()) {
            row.put(column, value.strip());
        }
    }
}
