package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void only_our_markers_become_tags_and_everything_else_is_escaped() {
        String html = Highlights.toHtml(List.of("<script>alert('x')</script> \uE000金乡\uE001 & <mark>")); 
        assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>金乡</mark> &amp; &lt;mark&gt;");
    }

    @Test
    void unbalanced_markers_never_leave_a_tag_open() {
        assertThat(Highlights.toHtml(List.of("\uE000a\uE000b", "c\uE001"))).isEqualTo("<mark>ab</mark> … c");
    }

    @Test
    void plain_text_drops_the_markers() {
        assertThat(Highlights.toText(List.of("\uE000a\uE001 <b>"))).isEqualTo("a <b>");
    }
}
