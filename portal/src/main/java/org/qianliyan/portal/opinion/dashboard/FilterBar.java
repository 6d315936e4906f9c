package org.qianliyan.portal.opinion.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.nlp.sentiment.SentimentLabel;
import org.qianliyan.nlp.topic.Topic;
import org.qianliyan.portal.opinion.posts.Interval;
import org.qianliyan.portal.opinion.posts.InvalidFilterException;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;

/**
 * The dashboard's filters: period, interval, topic, sentiment, facility, province, source kind,
 * complaints only. Shows a filter read from the URL and hands each change on as a new filter.
 */
class FilterBar extends FlexLayout {

    private static final String ANY = "";

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Interval> interval = new Select<>();
    private final Select<String> topic = new Select<>();
    private final Select<String> sentiment = new Select<>();
    private final ComboBox<String> facility = new ComboBox<>();
    private final ComboBox<String> province = new ComboBox<>();
    private final Select<String> kind = new Select<>();
    private final Checkbox complaint = new Checkbox();
    private final Map<String, String> facilityNames = new LinkedHashMap<>();
    private OpinionFilter shown;
    private boolean showing;

    FilterBar(Consumer<OpinionFilter> changed) {
        setFlexWrap(FlexWrap.WRAP);
        addClassName("qly-opinion-filters");
        from.setLabel(getTranslation("opinion.filter.from"));
        to.setLabel(getTranslation("opinion.filter.to"));
        interval.setLabel(getTranslation("opinion.filter.interval"));
        interval.setItems(Interval.values());
        interval.setItemLabelGenerator(i -> getTranslation("opinion.interval." + i.parameter()));
        choices(topic, "opinion.filter.topic", "opinion.topic.", names(Topic.values()));
        choices(sentiment, "opinion.filter.sentiment", "opinion.sentiment.", names(SentimentLabel.values()));
        choices(kind, "opinion.filter.kind", "opinion.kind.", names(SourceKind.values()));
        facility.setLabel(getTranslation("opinion.filter.facility"));
        facility.setItemLabelGenerator(id -> facilityNames.getOrDefault(id, id));
        facility.setClearButtonVisible(true);
        province.setLabel(getTranslation("opinion.filter.province"));
        province.setClearButtonVisible(true);
        complaint.setLabel(getTranslation("opinion.filter.complaint"));
        from.setId("opinion-from");
        to.setId("opinion-to");
        interval.setId("opinion-interval");
        add(from, to, interval, topic, sentiment, kind, facility, province, complaint);
        from.addValueChangeListener(e -> changed(changed));
        to.addValueChangeListener(e -> changed(changed));
        interval.addValueChangeListener(e -> changed(changed));
        topic.addValueChangeListener(e -> changed(changed));
        sentiment.addValueChangeListener(e -> changed(changed));
        kind.addValueChangeListener(e -> changed(changed));
        facility.addValueChangeListener(e -> changed(changed));
        province.addValueChangeListener(e -> changed(changed));
        complaint.addValueChangeListener(e -> changed(changed));
    }

    /** Shows {@code filter}; the facility and province lists are those the summary found, plus the chosen one. */
    void show(OpinionFilter filter, OpinionSummary summary) {
        showing = true;
        try {
            shown = filter;
            from.setValue(filter.from().atZone(OpinionFilter.ZONE).toLocalDate());
            to.setValue(filter.to().minusNanos(1).atZone(OpinionFilter.ZONE).toLocalDate());
            interval.setValue(filter.interval());
            topic.setValue(orAny(filter.topic()));
            sentiment.setValue(orAny(filter.sentiment()));
            kind.setValue(orAny(filter.kind()));
            facilityNames.clear();
            summary.facilities().forEach(f -> facilityNames.put(f.id(), f.name()));
            List<String> facilities = new ArrayList<>(facilityNames.keySet());
            if (filter.facility() != null && !facilities.contains(filter.facility())) {
                facilities.add(filter.facility());
            }
            facility.setItems(facilities);
            facility.setValue(filter.facility());
            List<String> provinces = new ArrayList<>(summary.provinces().stream().map(OpinionSummary.Count::key).toList());
            if (filter.province() != null && !provinces.contains(filter.province())) {
                provinces.add(filter.province());
            }
            province.setItems(provinces);
            province.setValue(filter.province());
            complaint.setValue(filter.complaintOnly());
        } finally {
            showing = false;
        }
    }

    private void changed(Consumer<OpinionFilter> changed) {
        if (showing || shown == null || from.getValue() == null || to.getValue() == null || interval.getValue() == null) {
            return;
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from.getValue().toString());
        p.put("to", to.getValue().toString());
        p.put("interval", interval.getValue().parameter());
        p.put("topic", topic.getValue());
        p.put("sentiment", sentiment.getValue());
        p.put("kind", kind.getValue());
        p.put("facility", facility.getValue());
        p.put("province", province.getValue());
        p.put("complaint", String.valueOf(complaint.getValue()));
        putIfSet(p, "source", shown.source());
        putIfSet(p, "author", shown.author());
        putIfSet(p, "keyword", shown.keyword());
        try {
            changed.accept(OpinionFilter.parse(p, Instant.now().atZone(OpinionFilter.ZONE).toLocalDate()));
        } catch (InvalidFilterException e) {
            Notification.show(getTranslation("opinion.filter.invalid", e.getMessage()), 6_000, Notification.Position.MIDDLE);
        }
    }

    private void choices(Select<String> select, String label, String prefix, List<String> values) {
        select.setLabel(getTranslation(label));
        List<String> items = new ArrayList<>();
        items.add(ANY);
        items.addAll(values);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("opinion.filter.any") : getTranslation(prefix + v));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String orAny(String value) {
        return value == null ? ANY : value;
    }

    private static void putIfSet(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
