package org.qianliyan.portal.opinion.dashboard;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Paragraph;
import org.qianliyan.portal.opinion.posts.PostSearch;

/** The notice every page showing posts carries while the generated 示例 posts are in the index. */
public final class DemoNotice {

    private DemoNotice() {
    }

    public static Paragraph create(UnaryOperator<String> text, PostSearch posts) {
        Paragraph notice = new Paragraph(text.apply("opinion.demo.notice"));
        notice.setId("opinion-demo-notice");
        notice.addClassName("qly-opinion-demo");
        notice.setVisible(posts.holdsDemoPosts());
        return notice;
    }
}
