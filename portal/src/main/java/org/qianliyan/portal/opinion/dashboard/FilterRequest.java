package org.qianliyan.portal.opinion.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.qianliyan.portal.opinion.posts.InvalidFilterException;
import org.qianliyan.portal.opinion.posts.OpinionFilter;

/** Reads a page's {@link OpinionFilter} from its URL; a bad parameter is reported and the default shown instead. */
final class FilterRequest {

    private FilterRequest() {
    }

    static OpinionFilter of(BeforeEnterEvent event) {
        Map<String, String> single = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : event.getLocation().getQueryParameters().getParameters().entrySet()) {
            if (!e.getValue().isEmpty()) {
                single.put(e.getKey(), e.getValue().get(0));
            }
        }
        LocalDate today = LocalDate.now(OpinionFilter.ZONE);
        try {
            return OpinionFilter.parse(single, today);
        } catch (InvalidFilterException e) {
            Notification.show(event.getUI().getTranslation("opinion.filter.invalid", e.getMessage()), 8_000,
                    Notification.Position.MIDDLE);
            return OpinionFilter.lastWeek(today);
        }
    }
}
