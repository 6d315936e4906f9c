package org.qianliyan.portal.opendata;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.portal.overview.IndexCounts;

/** 开放数据: what the site holds, and the public API and downloads, explained for people who reuse the data. */
@Route("open-data")
@AnonymousAllowed
public class OpenDataView extends Div implements HasDynamicTitle {

    /** One documented endpoint: its path, an example link, and the i18n key of its description. */
    private record Endpoint(String path, String example, String descriptionKey) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /api/v1/facilities", "/api/v1/facilities", "opendata.facilities"),
            new Endpoint("GET /api/v1/facilities/{id}", null, "opendata.facility"),
            new Endpoint("GET /api/v1/facilities/{id}/days?from=&to=", null, "opendata.facility-days"),
            new Endpoint("GET /api/v1/cases", "/api/v1/cases", "opendata.cases"),
            new Endpoint("GET /api/v1/cases/{id}", null, "opendata.case"),
            new Endpoint("GET /api/v1/search?q=", "/api/v1/search?q=%E7%84%9A%E7%83%A7", "opendata.search"),
            new Endpoint("GET /actuator/health", "/actuator/health", "opendata.health"));

    public OpenDataView(IndexCounts indexCounts) {
        addClassName("qly-page");
        add(new H1(getTranslation("opendata.title")));
        Paragraph lede = new Paragraph(getTranslation("opendata.lede"));
        lede.addClassName("qly-lede");
        add(lede, new RecordCounts(indexCounts), new H2(getTranslation("opendata.api.title")));
        ENDPOINTS.forEach(endpoint -> add(describe(endpoint)));
        add(new H2(getTranslation("opendata.formats.title")),
                new Paragraph(getTranslation("opendata.formats.csv")),
                new Paragraph(getTranslation("opendata.formats.errors")),
                new H2(getTranslation("opendata.licence.title")),
                new Paragraph(getTranslation("opendata.licence.text")));
    }

    private Div describe(Endpoint endpoint) {
        Div card = new Div();
        card.addClassName("qly-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Code path = new Code(endpoint.path());
        card.add(path, new Paragraph(getTranslation(endpoint.descriptionKey())));
        if (endpoint.example() != null) {
            Anchor example = new Anchor(endpoint.example(), getTranslation("opendata.try"));
            example.setTarget("_blank");
            card.add(new Span(example));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.title") + " · " + getTranslation("shell.brand");
    }
}
