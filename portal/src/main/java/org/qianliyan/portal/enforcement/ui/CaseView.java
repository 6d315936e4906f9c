package org.qianliyan.portal.enforcement.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.portal.enforcement.domain.CaseStatusChange;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.NationalDetails;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.domain.SupervisionOrder;
import org.qianliyan.portal.enforcement.search.CaseSearch;

/** One case: every field of the 双公示 record, the source, the supervision history and the linked facility. */
@Route("enforcement/:id")
@AnonymousAllowed
public class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The plant page of the incinerator feature, by facility id. */
    static final String PLANT_ROUTE = "incinerators/";

    private final transient CaseSearch search;
    private String title = "";

    public CaseView(CaseSearch search) {
        this.search = search;
        addClassName("qly-page");
        setId("enforcement-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        add(new Anchor("enforcement", getTranslation("enforcement.case.back")));
        Optional<EnforcementCase> found = search.byId(id);
        if (found.isEmpty()) {
            title = id;
            add(new Paragraph(getTranslation("enforcement.case.not-found", id)));
            return;
        }
        show(found.get());
    }

    private void show(EnforcementCase value) {
        title = value.partyName();
        H1 heading = new H1(value.partyName());
        if (value.demo()) {
            Span demo = new Span(getTranslation("enforcement.list.demo"));
            demo.getElement().getThemeList().add("badge contrast");
            heading.add(new Span(" "), demo);
        }
        add(heading, fields(value), facility(value.facility()));
        value.supervision().ifPresent(order -> add(supervision(order)));
    }

    private DescriptionList fields(EnforcementCase value) {
        DescriptionList list = new DescriptionList();
        list.setId("case-fields");
        NationalDetails details = value.details();
        term(list, "enforcement.field.partyName", new Span(value.partyName()));
        term(list, "enforcement.field.partyCategory", new Span(orNone(details.partyCategory())));
        term(list, "enforcement.field.creditCode", new Span(value.creditCode().orElse(none())));
        term(list, "enforcement.field.legalRepresentative", new Span(orNone(details.legalRepresentative())));
        term(list, "enforcement.field.decisionNumber", new Span(value.decisionNumber()));
        term(list, "enforcement.field.violationType", new Span(orNone(value.violationType())));
        term(list, "enforcement.field.violationFacts", new Span(orNone(value.violationFacts())));
        term(list, "enforcement.field.legalBasis", new Span(orNone(value.legalBasis())));
        term(list, "enforcement.field.penaltyCategory", new Span(orNone(value.penaltyCategory())));
        term(list, "enforcement.field.penaltyContent", new Span(orNone(value.penaltyContent())));
        term(list, "enforcement.field.penaltyAmount", new Span(amount(value.penaltyAmount())));
        term(list, "enforcement.field.confiscationAmount", new Span(amount(details.confiscationAmount())));
        term(list, "enforcement.field.licence", new Span(orNone(details.licence())));
        term(list, "enforcement.field.decisionDate", new Span(value.decisionDate().toString()));
        term(list, "enforcement.field.validUntil", new Span(orNone(details.validUntil())));
        term(list, "enforcement.field.publicUntil", new Span(orNone(details.publicUntil())));
        term(list, "enforcement.field.authority", new Span(value.authority()));
        term(list, "enforcement.field.authorityCode", new Span(orNone(details.authorityCode())));
        term(list, "enforcement.field.dataSource", new Span(orNone(value.dataSource())));
        term(list, "enforcement.field.dataSourceCode", new Span(orNone(details.dataSourceCode())));
        term(list, "enforcement.field.remarks", new Span(orNone(details.remarks())));
        String region = String.join(" ", value.region().province(), value.region().city(), value.region().county()).strip();
        term(list, "enforcement.case.region", new Span(orNone(region)));
        Component source = value.sourceUrl().startsWith("http")
                ? new Anchor(value.sourceUrl(), value.sourceUrl(), AnchorTarget.BLANK)
                : new Span(orNone(value.sourceUrl()));
        term(list, "enforcement.case.source", source);
        return list;
    }

    private String amount(Optional<PenaltyAmount> amount) {
        return amount.map(a -> a.tenThousandYuan().toPlainString() + "（"
                + getTranslation("enforcement.case.amount-yuan", a.yuan().toPlainString()) + "）").orElse(none());
    }

    private Div facility(FacilityLink link) {
        Div box = new Div(new H2(getTranslation("enforcement.case.facility")));
        box.setId("case-facility");
        if (link.linked()) {
            box.add(new Paragraph(new Anchor(PLANT_ROUTE + link.facilityId(), link.facilityName())));
        }
        Paragraph basis = new Paragraph(getTranslation("enforcement.link." + link.basis().name()));
        basis.setId("case-link-basis");
        box.add(basis);
        return box;
    }

    private Div supervision(SupervisionOrder order) {
        Div box = new Div(new H2(getTranslation("enforcement.case.supervision") + "："
                + getTranslation("enforcement.supervision." + order.kind().name())));
        box.setId("case-supervision");
        DescriptionList details = new DescriptionList();
        term(details, "enforcement.case.order-number", new Span(orNone(order.orderNumber())));
        term(details, "enforcement.case.issuer", new Span(orNone(order.issuer())));
        box.add(details, new H2(getTranslation("enforcement.case.history")));
        UnorderedList history = new UnorderedList();
        for (CaseStatusChange change : order.history()) {
            String note = change.note().isEmpty() ? "" : " · " + change.note();
            history.add(new ListItem(change.date() + "  " + getTranslation("enforcement.status." + change.status().name())
                    + note));
        }
        box.add(history);
        return box;
    }

    private void term(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? none() : text;
    }

    private String none() {
        return getTranslation("enforcement.case.none");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enforcement.case.page-title", title);
    }
}
