package org.qianliyan.frontend.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaticHtmlTest {

    @Test
    void nested_elements_with_attributes_and_text_are_closed_in_order() {
        String markup = StaticHtml.root("ul").attribute("class", "list")
                .open("li").attribute("data-id", "a1").element("a", "标题").text(" · 2026-12-01").close()
                .markup();

        assertThat(markup).isEqualTo("<ul class=\"list\"><li data-id=\"a1\"><a>标题</a> · 2026-12-01</li></ul>");
    }

    @Test
    void text_and_attribute_values_cannot_inject_markup() {
        String markup = StaticHtml.root("p").attribute("title", "\"><script>")
                .text("<b>Tom & Jerry's</b>").markup();

        assertThat(markup).isEqualTo(
                "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;</p>");
    }

    @Test
    void an_attribute_after_content_is_refused() {
        StaticHtml html = StaticHtml.root("p").text("text");

        assertThatThrownBy(() -> html.attribute("class", "late")).isInstanceOf(IllegalStateException.class);
    }
}
