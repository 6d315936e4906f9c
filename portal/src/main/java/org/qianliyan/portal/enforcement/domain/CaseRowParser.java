package org.qianliyan.portal.enforcement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.qianliyan.nlp.link.RegionNames;

/**
 * Turns one row of text values (by column) into a case, collecting every field problem
 * of the row rather than stopping at the first, so one report fixes the whole row.
 */
public final class CaseRowParser {

    private CaseRowParser() {
    }

    /** The case, or the problems that keep the row from being one. */
    public record ParsedRow(Optional<EnforcementCase> value, List<InvalidFieldException> problems) {
    }

    public static ParsedRow parse(Map<CaseColumn, String> row) {
        List<InvalidFieldException> problems = new ArrayList<>();
        for (CaseColumn column : CaseColumn.values()) {
            if (column.valueRequired() && text(row, column).isBlank()) {
                problems.add(new InvalidFieldException(column.header(), "", "a value is required"));
            }
        }
        Optional<String> creditCode = attempt(problems, Optional.empty(),
                () -> CreditCode.parse(CaseColumn.CREDIT_CODE.header(), text(row, CaseColumn.CREDIT_CODE)));
        Optional<PenaltyAmount> amount = attempt(problems, Optional.empty(),
                () -> PenaltyAmount.parse(CaseColumn.PENALTY_AMOUNT.header(), text(row, CaseColumn.PENALTY_AMOUNT),
                        PenaltyAmount.BareUnit.TEN_THOUSAND_YUAN));
        LocalDate date = text(row, CaseColumn.DECISION_DATE).isBlank() ? null : attempt(problems, null,
                () -> DecisionDate.parse(CaseColumn.DECISION_DATE.header(), text(row, CaseColumn.DECISION_DATE)));
        Optional<PenaltyAmount> confiscation = attempt(problems, Optional.empty(),
                () -> PenaltyAmount.parse(CaseColumn.CONFISCATION_AMOUNT.header(),
                        text(row, CaseColumn.CONFISCATION_AMOUNT), PenaltyAmount.BareUnit.TEN_THOUSAND_YUAN));
        Optional<SupervisionOrder> supervision = attempt(problems, Optional.empty(), () -> supervision(row));
        if (!problems.isEmpty()) {
            return new ParsedRow(Optional.empty(), problems);
        }
        return new ParsedRow(Optional.of(new EnforcementCase(
                text(row, CaseColumn.PARTY_NAME), creditCode, text(row, CaseColumn.DECISION_NUMBER),
                text(row, CaseColumn.VIOLATION_TYPE), text(row, CaseColumn.VIOLATION_FACTS),
                text(row, CaseColumn.LEGAL_BASIS), text(row, CaseColumn.PENALTY_CATEGORY),
                text(row, CaseColumn.PENALTY_CONTENT), amount, date, text(row, CaseColumn.AUTHORITY),
                text(row, CaseColumn.DATA_SOURCE),
                region(row),
                text(row, CaseColumn.SOURCE_URL), supervision, FacilityLink.NONE, false,
                details(row, confiscation))), List.of());
    }

    /**
     * The region columns are ours; the national export has none, so a blank province is
     * taken from the deciding or publishing body when its name starts with one.
     */
    private static Region region(Map<CaseColumn, String> row) {
        String province = text(row, CaseColumn.PROVINCE);
        if (province.isEmpty()) {
            province = RegionNames.provinceAtStartOf(text(row, CaseColumn.AUTHORITY));
        }
        if (province.isEmpty()) {
            province = RegionNames.provinceAtStartOf(text(row, CaseColumn.DATA_SOURCE));
        }
        return new Region(province, text(row, CaseColumn.CITY), text(row, CaseColumn.COUNTY));
    }

    private static NationalDetails details(Map<CaseColumn, String> row, Optional<PenaltyAmount> confiscation) {
        return new NationalDetails(text(row, CaseColumn.PARTY_CATEGORY), text(row, CaseColumn.LEGAL_REPRESENTATIVE),
                confiscation, text(row, CaseColumn.LICENCE), dateOrText(row, CaseColumn.VALIDITY_END),
                dateOrText(row, CaseColumn.PUBLICITY_END), code(row, CaseColumn.AUTHORITY_CODE),
                code(row, CaseColumn.DATA_SOURCE_CODE), text(row, CaseColumn.REMARKS));
    }

    /** 处罚有效期 and 公示截止期 are usually dates, sometimes 长期 or a period: keep what is not a date. */
    private static String dateOrText(Map<CaseColumn, String> row, CaseColumn column) {
        String value = text(row, column);
        try {
            return value.isEmpty() ? "" : DecisionDate.parse(column.header(), value).toString();
        } catch (InvalidFieldException e) {
            return value;
        }
    }

    /** The bodies' credit codes are shown, not used for linking, so a malformed one is kept rather than refused. */
    private static String code(Map<CaseColumn, String> row, CaseColumn column) {
        return HalfWidth.fold(text(row, column)).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static Optional<SupervisionOrder> supervision(Map<CaseColumn, String> row) {
        String kindText = text(row, CaseColumn.SUPERVISION_KIND);
        if (kindText.isBlank() || kindText.equals("无")) {
            return Optional.empty();
        }
        SupervisionKind kind = SupervisionKind.fromLabel(kindText).orElseThrow(() -> new InvalidFieldException(
                CaseColumn.SUPERVISION_KIND.header(), kindText, "expected 挂牌督办 or 电子督办单"));
        List<CaseStatusChange> history = new ArrayList<>();
        history.add(change(row, CaseColumn.SUPERVISION_ISSUED, SupervisionStatus.ISSUED, true));
        Optional.ofNullable(change(row, CaseColumn.SUPERVISION_RECTIFYING, SupervisionStatus.RECTIFYING, false))
                .ifPresent(history::add);
        Optional.ofNullable(change(row, CaseColumn.SUPERVISION_CLOSED, SupervisionStatus.CLOSED, false))
                .ifPresent(history::add);
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).date().isBefore(history.get(i - 1).date())) {
                throw new InvalidFieldException(CaseColumn.SUPERVISION_CLOSED.header(), history.get(i).date().toString(),
                        "a supervision step cannot be dated before the one it follows");
            }
        }
        return Optional.of(new SupervisionOrder(kind, text(row, CaseColumn.SUPERVISION_NUMBER),
                text(row, CaseColumn.SUPERVISION_ISSUER), history));
    }

    private static CaseStatusChange change(Map<CaseColumn, String> row, CaseColumn column, SupervisionStatus status,
                                           boolean required) {
        String value = text(row, column);
        if (value.isBlank() && !required) {
            return null;
        }
        return new CaseStatusChange(status, DecisionDate.parse(column.header(), value), "");
    }

    private static <T> T attempt(List<InvalidFieldException> problems, T fallback, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidFieldException e) {
            problems.add(e);
            return fallback;
        }
    }

    private static String text(Map<CaseColumn, String> row, CaseColumn column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }
}
