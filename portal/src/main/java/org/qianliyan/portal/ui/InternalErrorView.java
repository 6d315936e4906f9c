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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a page fails: a friendly message and a reference the visitor can quote; the
 * stack trace goes to the log under the same reference, never to the page.
 */
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page {} failed (reference {})", event.getLocation().getPath(), reference, parameter.getException());
        removeAll();
        addClassName("qly-page");
        Paragraph detail = new Paragraph(getTranslation("error.internal.detail", reference));
        detail.setId("error-reference");
        add(new H1(getTranslation("error.internal.title")), detail, new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
