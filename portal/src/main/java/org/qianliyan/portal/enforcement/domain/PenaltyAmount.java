package org.qianliyan.portal.enforcement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fine in yuan. Disclosures write it as 5万元, 50000元, 5.0万, 50,000 or 伍万元; the
 * 双公示 column is 处罚金额(万元), so a bare number means 万元 unless the caller says
 * otherwise (free text of a decision usually means 元).
 */
public record PenaltyAmount(BigDecimal yuan) implements Comparable<PenaltyAmount> {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern ARABIC = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元|亿|万)?(?:整)?");
    private static final Pattern NEEDS_UNIT_CHECK = Pattern.compile("[\\d.]+\\s*(\\S+)");

    public PenaltyAmount {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("a fine cannot be negative: " + yuan);
        }
        yuan = yuan.stripTrailingZeros();
        if (yuan.scale() < 0) {
            yuan = yuan.setScale(0, RoundingMode.UNNECESSARY);
        }
    }

    public static PenaltyAmount ofYuan(long yuan) {
        return new PenaltyAmount(BigDecimal.valueOf(yuan));
    }

    /** The unit a bare number is in. */
    public enum BareUnit { YUAN, TEN_THOUSAND_YUAN }

    /**
     * Parses {@code text}; blank means no fine (a warning, a closure order).
     *
     * @throws InvalidFieldException naming {@code field} and the reason when it is not an amount
     */
    public static Optional<PenaltyAmount> parse(String field, String text, BareUnit bareUnit) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = HalfWidth.fold(text).strip().replace(",", "").replace("人民币", "").replaceAll("\\s+", "");
        if (folded.startsWith("-")) {
            throw new InvalidFieldException(field, text, "negative amount");
        }
        Matcher arabic = ARABIC.matcher(folded);
        if (arabic.matches()) {
            BigDecimal number = new BigDecimal(arabic.group(1));
            String unit = arabic.group(2);
            return Optional.of(new PenaltyAmount(number.multiply(multiplier(unit, bareUnit))));
        }
        if (folded.chars().anyMatch(Character::isDigit)) {
            Matcher unit = NEEDS_UNIT_CHECK.matcher(folded);
            String reason = unit.matches()
                    ? "unknown unit \"" + unit.group(1) + "\" (expected 元, 万元 or 亿元)"
                    : "not an amount (expected e.g. 5万元, 50000元, 5.0万 or 伍万元)";
            throw new InvalidFieldException(field, text, reason);
        }
        return Optional.of(new PenaltyAmount(ChineseNumeral.parseAmount(field, text, folded)));
    }

    private static BigDecimal multiplier(String unit, BareUnit bareUnit) {
        if (unit == null) {
            return bareUnit == BareUnit.TEN_THOUSAND_YUAN ? TEN_THOUSAND : BigDecimal.ONE;
        }
        return switch (unit) {
            case "元" -> BigDecimal.ONE;
            case "万", "万元" -> TEN_THOUSAND;
            default -> BigDecimal.valueOf(100_000_000L);
        };
    }

    /** The amount in 万元, as the 双公示 column shows it. */
    public BigDecimal tenThousandYuan() {
        BigDecimal value = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    @Override
    public int compareTo(PenaltyAmount other) {
        return yuan.compareTo(other.yuan);
    }
}
