package org.qianliyan.portal.enforcement.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Fine bands for the list's facet; bounds in yuan, lower inclusive, upper exclusive. */
public enum PenaltyBand {
    NO_FINE(null, null),
    UNDER_10K(0L, 10_000L),
    FROM_10K_TO_100K(10_000L, 100_000L),
    FROM_100K_TO_1M(100_000L, 1_000_000L),
    FROM_1M(1_000_000L, null);

    private final Long fromYuan;
    private final Long toYuan;

    PenaltyBand(Long fromYuan, Long toYuan) {
        this.fromYuan = fromYuan;
        this.toYuan = toYuan;
    }

    public static PenaltyBand of(Optional<PenaltyAmount> amount) {
        if (amount.isEmpty() || amount.get().yuan().signum() == 0) {
            return NO_FINE;
        }
        BigDecimal yuan = amount.get().yuan();
        for (PenaltyBand band : values()) {
            if (band.fromYuan != null && yuan.compareTo(BigDecimal.valueOf(band.fromYuan)) >= 0
                    && (band.toYuan == null || yuan.compareTo(BigDecimal.valueOf(band.toYuan)) < 0)) {
                return band;
            }
        }
        throw new IllegalStateException("no band for " + yuan);
    }
}
