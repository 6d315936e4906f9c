package org.qianliyan.portal.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.elasticsearch.ElasticsearchOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a page fails: a friendly message and a reference the visitor can quote; the
 * stack trace goes to the log under the same reference, never to the page. When the cause is
 * an Elasticsearch outage, the page says the data is temporarily unavailable instead.
 */
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (ElasticsearchOutage.explains(parameter.getException())) {
            return showUnavailable(event);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page {} failed (reference {})", event.getLocation().getPath(), reference, parameter.getException());
        removeAll();
        addClassName("qly-page");
        Paragraph detail = new Paragraph(getTranslation("error.internal.detail", reference));
        detail.setId("error-reference");
        add(new H1(getTranslation("error.internal.title")), detail, new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The data store is down (and being restarted): no reference to quote, just when to come back. */
    private int showUnavailable(BeforeEnterEvent event) {
        log.warn("Page {} failed: Elasticsearch is unavailable", event.getLocation().getPath());
        removeAll();
        addClassName("qly-page");
        Paragraph detail = new Paragraph(getTranslation("error.unavailable.detail"));
        detail.setId("error-unavailable");
        add(new H1(getTranslation("error.unavailable.title")), detail, new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
