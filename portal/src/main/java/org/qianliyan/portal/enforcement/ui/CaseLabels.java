package org.qianliyan.portal.enforcement.ui;

import java.math.BigDecimal;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.search.CaseFacet;

/** How facet values and amounts read on the enforcement pages, in the page's language. */
final class CaseLabels {

    private CaseLabels() {
    }

    /** Bands and statuses are codes, translated; other facet values are shown as published. */
    static String facetValue(Component on, CaseFacet facet, String value) {
        return switch (facet) {
            case BAND -> on.getTranslation("enforcement.band." + value);
            case STATUS -> on.getTranslation("enforcement.status." + value);
            default -> value;
        };
    }

    /** The fine in 万元 as the 双公示 column shows it, blank without a fine. */
    static String tenThousandYuan(Optional<PenaltyAmount> amount) {
        return amount.map(PenaltyAmount::tenThousandYuan).map(BigDecimal::toPlainString).orElse("");
    }
}
