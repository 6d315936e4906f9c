package org.qianliyan.crawler.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a 行政处罚决定书 written as prose: 文号, 当事人, credit code, the facts
 * section, the legal basis sentence, the penalty, the fine as written, the date and the
 * authority that signs it. Values are quoted from the text, never normalised.
 */
final class DecisionTextReader {

    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,12}[〔\\[（(【]\\s*\\d{4}\\s*[〕\\]）)】]\\s*(?:第\\s*)?[\\dA-Za-z-]+\\s*号)");
    private static final Pattern PARTY = Pattern.compile("(?m)^\\s*(?:当事人|被处罚单位|行政相对人(?:名称)?)\\s*[:：]\\s*(.+?)\\s*$");
    private static final Pattern CREDIT = Pattern.compile("(?:统一社会信用代码|社会信用代码)\\s*[:：]?\\s*([0-9A-Z]{18})");
    private static final Pattern LEGAL_REP = Pattern.compile("(?m)(?:法定代表人|负责人)\\s*[:：]\\s*([^\\s，,；;]+)");
    private static final Pattern FACTS = Pattern.compile(
            "(?s)(?:违法事实(?:和证据)?|违法行为)\\s*[:：]?\\s*\\n(.+?)(?=\\n\\s*(?:[二三四]、|以上事实|你(?:单位|公司)的上述行为|上述行为))");
    private static final Pattern BASIS = Pattern.compile("((?:依据|根据)《[^》]+》[^。；]*?)(?:[，,]\\s*(?:我(?:局|厅|委)|本机关)?决定|。)");
    private static final Pattern PENALTY = Pattern.compile("(?:作出?如下(?:行政)?处罚(?:决定)?|决定(?:对你(?:单位|公司))?(?:给予|处以|作出)?)\\s*[:：]\\s*\\n?\\s*([^\\n]+)");
    private static final Pattern AMOUNT = Pattern.compile("罚款\\s*(?:人民币)?\\s*([0-9０-９,.，．]+\\s*(?:万元|元)|[零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+\\s*(?:万?元)(?:整)?)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)");
    private static final Pattern AUTHORITY_LINE = Pattern.compile("(?m)^\\s*([\\p{IsHan}]{2,30}(?:局|厅|委员会|部|政府|大队|支队))\\s*$");

    private DecisionTextReader() {
    }

    static Map<String, String> read(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        first(NUMBER, text).ifPresent(v -> fields.put(DisclosureRecord.DECISION_NUMBER, v));
        first(PARTY, text).ifPresent(v -> fields.put(DisclosureRecord.PARTY, v));
        first(CREDIT, text).ifPresent(v -> fields.put(DisclosureRecord.CREDIT_CODE, v));
        first(LEGAL_REP, text).ifPresent(v -> fields.put(DisclosureRecord.LEGAL_REPRESENTATIVE, v));
        first(FACTS, text).ifPresent(v -> fields.put(DisclosureRecord.FACTS, v.strip()));
        first(BASIS, text).ifPresent(v -> fields.put(DisclosureRecord.LEGAL_BASIS, v));
        first(PENALTY, text).ifPresent(v -> fields.put(DisclosureRecord.PENALTY, v.strip()));
        first(AMOUNT, text).ifPresent(v -> fields.put(DisclosureRecord.AMOUNT, SPACES.matcher(v).replaceAll("")));
        List<String> dates = all(DATE, text);
        if (!dates.isEmpty()) {
            fields.put(DisclosureRecord.DECISION_DATE, dates.get(dates.size() - 1));
        }
        List<String> authorities = all(AUTHORITY_LINE, text);
        if (!authorities.isEmpty()) {
            fields.put(DisclosureRecord.AUTHORITY, authorities.get(authorities.size() - 1));
        }
        return fields;
    }

    private static java.util.Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }

    private static List<String> all(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }
}
