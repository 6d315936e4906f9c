package org.qianliyan.portal.incinerator.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.data.renderer.LitRenderer;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * A grid column's verdict badge, drawn in the browser from two row properties: a component per row would be
 * elements the session keeps for as long as the page is open (issue 15).
 */
final class VerdictBadge {

    private VerdictBadge() {
    }

    /**
     * @param verdict   the row's verdict; none is labelled "incinerator.verdict.none", without a colour
     * @param translate the view's translation of a message key
     */
    static <T> LitRenderer<T> renderer(Function<T, Optional<Verdict>> verdict, Function<String, String> translate) {
        return LitRenderer.<T>of("<span class=${item.badgeClass}>${item.badge}</span>")
                .withProperty("badgeClass", row -> verdict.apply(row).map(Verdict::cssClass).orElse(""))
                .withProperty("badge", row -> translate.apply(verdict.apply(row).map(Verdict::labelKey)
                        .orElse("incinerator.verdict.none")));
    }
}
