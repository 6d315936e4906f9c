package org.qianliyan.portal.opinion.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.portal.opinion.review.PostReview;
import org.qianliyan.portal.opinion.review.PostReviewing;
import org.qianliyan.portal.opinion.review.ResponseStatus;
import org.qianliyan.portal.opinion.review.ReviewChange;
import org.qianliyan.portal.opinion.review.StaffPost;
import org.qianliyan.portal.security.Roles;

/**
 * A post for staff review: the original text (and the stored HTML, sanitised again), source
 * link, author, time, the analysis; confirm or reject each facility link, mark or unmark a
 * complaint, correct sentiment and topics, set the response status with a note; the history.
 */
@Route("staff/opinion/posts/:id")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class PostReviewView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final List<String> TOPICS = List.of("AIR", "WATER", "SOIL", "SOLID_WASTE", "NOISE", "ODOUR", "ECOLOGY",
            "RADIATION", "OTHER");

    private final PostReviewing reviewing;
    private final transient AuthenticationContext authentication;
    private final TextField note = new TextField();
    private String title = "";
    private String postId = "";

    public PostReviewView(PostReviewing reviewing, AuthenticationContext authentication) {
        this.reviewing = reviewing;
        this.authentication = authentication;
        addClassName("qly-page");
        note.setId("review-note");
        note.setLabel(getTranslation("review.note"));
        note.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        postId = event.getRouteParameters().get("id").orElse("");
        show();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.brand");
    }

    private void show() {
        removeAll();
        add(new Anchor("staff/opinion/posts", getTranslation("review.back")));
        reviewing.find(postId).ifPresentOrElse(this::show, () -> {
            title = getTranslation("review.missing");
            add(new H1(title), new Paragraph(getTranslation("review.missing.detail", postId)));
        });
    }

    private void show(PostReviewing.Reviewed reviewed) {
        StaffPost post = reviewed.post();
        PostReview review = reviewed.review();
        title = post.title().isBlank() ? getTranslation("review.untitled") : post.title();
        add(new H1(title));
        Div facts = new Div();
        facts.setId("review-facts");
        facts.addClassName("qly-facts");
        fact(facts, "review.source", new Anchor(post.url(), post.sourceId() + " · " + post.url()));
        fact(facts, "review.author", new Span(post.author()));
        fact(facts, "review.published", new Span(post.publishedAt() == null ? "" : TIME.format(post.publishedAt())));
        fact(facts, "review.sentiment", new Span(getTranslation("review.sentiment." + post.sentiment())));
        fact(facts, "review.topics", new Span(String.join("、", post.topics().stream().map(t -> getTranslation("review.topic." + t)).toList())));
        Span complaint = new Span(getTranslation(post.complaint() ? "review.complaint.yes" : "review.complaint.no"));
        complaint.setId("review-complaint-state");
        fact(facts, "review.complaint", complaint);
        fact(facts, "review.places", new Span(String.join("、", post.places())));
        fact(facts, "review.story", new Span(getTranslation("review.story.value", post.storyId(), post.repostCount())));
        fact(facts, "review.response", new Span(review.responseStatus().chinese()
                + (review.responseNote().isEmpty() ? "" : " · " + review.responseNote())));
        add(facts);

        add(new H2(getTranslation("review.actions")), note, complaintActions(), sentimentActions(post), topicActions(post),
                responseActions(review));
        add(new H2(getTranslation("review.facilities")), facilities(post, review));
        add(new H2(getTranslation("review.text")));
        Div text = new Div();
        text.setId("review-text");
        text.addClassName("qly-post-text");
        for (String paragraph : post.text().split("\n")) {
            text.add(new Paragraph(paragraph));
        }
        add(text);
        if (!post.safeHtml().isBlank()) {
            add(new H2(getTranslation("review.html")), new Html("<div class=\"qly-post-html\">" + post.safeHtml() + "</div>"));
        }
        add(new H2(getTranslation("review.history")), history(review));
        Anchor export = new Anchor("/api/v1/staff/reviews/sentiment.csv", getTranslation("review.export"));
        export.setRouterIgnore(true);
        export.setId("review-export");
        add(new Paragraph(export));
    }

    private static void fact(Div facts, String labelKey, Component value) {
        Div row = new Div(new Span(facts.getTranslation(labelKey)), value);
        row.addClassName("qly-fact");
        facts.add(row);
    }

    private HorizontalLayout complaintActions() {
        Button mark = action("review.complaint.mark", "review-complaint-mark", ReviewChange.complaint(true, null));
        Button unmark = action("review.complaint.unmark", "review-complaint-unmark", ReviewChange.complaint(false, null));
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mark.setId("review-complaint-mark");
        unmark.setId("review-complaint-unmark");
        return new HorizontalLayout(mark, unmark);
    }

    private HorizontalLayout sentimentActions(StaffPost post) {
        Select<String> sentiment = new Select<>();
        sentiment.setId("review-sentiment");
        sentiment.setLabel(getTranslation("review.sentiment"));
        sentiment.setItems("POSITIVE", "NEUTRAL", "NEGATIVE");
        sentiment.setItemLabelGenerator(s -> getTranslation("review.sentiment." + s));
        sentiment.setValue(post.sentiment().isEmpty() ? "NEUTRAL" : post.sentiment());
        return saveRow(sentiment, "review.sentiment.save", "review-sentiment-save",
                () -> ReviewChange.sentiment(sentiment.getValue(), null));
    }

    private HorizontalLayout topicActions(StaffPost post) {
        CheckboxGroup<String> topics = new CheckboxGroup<>();
        topics.setId("review-topics");
        topics.setLabel(getTranslation("review.topics"));
        topics.setItems(TOPICS);
        topics.setItemLabelGenerator(t -> getTranslation("review.topic." + t));
        topics.setValue(new HashSet<>(post.topics().stream().filter(TOPICS::contains).toList()));
        return saveRow(topics, "review.topics.save", "review-topics-save",
                () -> ReviewChange.topics(List.copyOf(topics.getValue()), null));
    }

    private HorizontalLayout responseActions(PostReview review) {
        Select<ResponseStatus> status = new Select<>();
        status.setId("review-response");
        status.setLabel(getTranslation("review.response"));
        status.setItems(ResponseStatus.values());
        status.setItemLabelGenerator(ResponseStatus::chinese);
        status.setValue(review.responseStatus());
        return saveRow(status, "review.response.save", "review-response-save",
                () -> ReviewChange.response(status.getValue(), null));
    }

    /** A field and the button that saves the change made in it. */
    private HorizontalLayout saveRow(Component field, String labelKey, String id, Supplier<ReviewChange> change) {
        Button save = new Button(getTranslation(labelKey), e -> change(change.get()));
        save.setId(id);
        HorizontalLayout row = new HorizontalLayout(field, save);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private Div facilities(StaffPost post, PostReview review) {
        Div list = new Div();
        list.setId("review-facilities");
        LinkedHashSet<String> ids = new LinkedHashSet<>(post.facilityIds());
        ids.addAll(review.rejectedFacilities());
        if (ids.isEmpty()) {
            list.add(new Paragraph(getTranslation("review.facilities.none")));
        }
        for (String id : ids) {
            int at = post.facilityIds().indexOf(id);
            String name = at >= 0 && at < post.facilityNames().size() ? post.facilityNames().get(at) : id;
            String state = review.confirmedFacilities().contains(id) ? "review.facility.confirmed"
                    : review.rejectedFacilities().contains(id) ? "review.facility.rejected" : "review.facility.analysed";
            Anchor plant = new Anchor("incinerators/" + id, name);
            Button confirm = action("review.facility.confirm", "review-facility-confirm", ReviewChange.confirm(id, null));
            Button reject = action("review.facility.reject", "review-facility-reject", ReviewChange.reject(id, null));
            HorizontalLayout row = new HorizontalLayout(plant, new Span(getTranslation(state)), confirm, reject);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            list.add(row);
        }
        return list;
    }

    private Div history(PostReview review) {
        Div history = new Div();
        history.setId("review-history");
        if (review.history().isEmpty()) {
            history.add(new Paragraph(getTranslation("review.history.none")));
        }
        for (PostReview.ReviewEvent e : review.history()) {
            history.add(new Paragraph(TIME.format(e.at()) + " · " + e.user() + " · " + getTranslation("review.event." + e.action())
                    + (e.value() == null || e.value().isEmpty() ? "" : " " + e.value())
                    + (e.note() == null || e.note().isEmpty() ? "" : " · " + e.note())));
        }
        return history;
    }

    private Button action(String labelKey, String className, ReviewChange change) {
        Button button = new Button(getTranslation(labelKey), e -> change(change));
        button.addClassName(className);
        return button;
    }

    private void change(ReviewChange change) {
        ReviewChange withNote = new ReviewChange(change.complaint(), change.sentiment(), change.topics(), change.confirmFacility(),
                change.rejectFacility(), change.responseStatus(), note.getValue());
        try {
            reviewing.review(postId, authentication.getPrincipalName().orElse("?"), withNote);
            note.clear();
            Notification.show(getTranslation("review.saved"));
            show();
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation("review.error", e.getMessage()));
        }
    }
}
