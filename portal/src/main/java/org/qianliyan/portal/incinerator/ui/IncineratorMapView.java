package org.qianliyan.portal.incinerator.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.portal.incinerator.IncineratorProperties;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantFilter;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.domain.Period;

/** The plants on a {@link PlantMap}, coloured by their most severe verdict of the last 30 judged days. */
@Route("incinerators/map")
@AnonymousAllowed
public class IncineratorMapView extends Div implements HasDynamicTitle {

    public IncineratorMapView(IncineratorCatalogue catalogue, IncineratorProperties settings) {
        addClassName("qly-page");
        Period period = catalogue.defaultPeriod();
        List<PlantSummary> plants = catalogue.list(PlantFilter.ALL, period);
        add(new H1(getTranslation("incinerator.map.title")),
                new Paragraph(getTranslation("incinerator.map.lede", period.from(), period.to())));
        if (plants.stream().anyMatch(p -> p.plant().demo())) {
            Paragraph demo = new Paragraph(getTranslation("incinerator.demo.notice"));
            demo.addClassName("qly-incinerator-demo");
            add(demo);
        }
        add(new PlantMap(plants, settings, "incinerator-map", "640px"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incinerator.map.title") + " · " + getTranslation("shell.brand");
    }
}
