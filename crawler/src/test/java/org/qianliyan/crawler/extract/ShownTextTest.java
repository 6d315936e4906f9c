package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counted and appended text agree with the strings jsoup builds (CDATA shown as it is), on the white space Chinese pages are full of. */
class ShownTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t \r\n", "烟气排放", "  烟气  排放  ", "\u00a0\u00a0烟气\u00a0", "\u3000\u3000烟气排放\u3000",
        "\u3000 \u3000", "烟气\u3000 排放", "排放 \u3000", "a\u200bb", "\u200b \u200b", "a \u200b", "soft\u00adhyphen",
        "\u2003em space\u2003", "x\u000by", "\u000b", "x \u2003", "😀 emoji 😀", " \ud83d lone surrogate ", "line\u2028break",
        "\u2007figure\u202f", "\u00a0\u3000\u00a0", "a\u00a0\u00a0b\u00a0"})
    void counts_and_appends_what_text_then_strip_would_give(String raw) {
        for (TextNode node : List.of(new TextNode(raw), new CDataNode(raw))) {
            assertAgrees(node, raw);
        }
    }

    @Test
    void every_character_alone_and_inside_text_counts_and_appends_as_jsoup_shows_it() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            for (String raw : List.of(String.valueOf((char) c), "烟气" + (char) c + "排放 ab" + (char) c + (char) c)) {
                assertAgrees(new TextNode(raw), raw);
            }
        }
    }

    /** The crawler's own saved pages, and white space, invisible and control characters where jsoup keeps or drops them. */
    @ParameterizedTest
    @ValueSource(strings = {"site/news-article.html", "site/gov-article-undeclared.html", "site/sogou-wechat-search.html",
        "site/xzcf-list-2.html", "site/wechat-expired.html"})
    void an_element_shows_no_other_text_than_a_descendant_exactly_when_their_counts_of_shown_characters_agree(String page)
            throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(page)) {
            assertCountsAgreeWithTexts(Jsoup.parse(in, null, "https://example.cn/"));
        }
    }

    @Test
    void counts_follow_jsoup_where_it_keeps_text_as_it_is() {
        String deepPre = "<pre>" + "<i>".repeat(6) + "<b>\u00a0\u200b</b>x" + "</i>".repeat(6) + "</pre>";
        assertCountsAgreeWithTexts(Jsoup.parse("<div>\u00a0<span>烟气</span>\u200b\u00ad</div>"
                + "<div>\u0001<p>排放</p>\u000b <br> </div><div><p>超标</p>\u3000</div><div><p>a</p><p>\u2003</p></div>"
                + "<pre>\u00a0<b>x</b>\u200b</pre><pre>\n<span>y</span>\n\t</pre>" + deepPre
                + "<div><svg><![CDATA[ \u00a0 ]]><text>z</text></svg></div><div><svg><![CDATA[\n ]]><text>w</text></svg></div>"
                + "<div><span>😀</span> \u00a0</div><div>\u200b<p>\u00a0</p></div>"));
    }

    private static void assertCountsAgreeWithTexts(Document doc) {
        Map<Element, Integer> counts = ShownText.countsShown(doc.body());
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (Element e : doc.body().getAllElements()) {
            for (Element outer = e.parent(); outer != null && outer != doc.body().parent(); outer = outer.parent()) {
                boolean sameText = lengths.computeIfAbsent(outer, x -> x.text().length()).intValue()
                        == lengths.computeIfAbsent(e, x -> x.text().length()).intValue();
                assertThat(counts.get(outer).equals(counts.get(e)))
                        .as("%s inside %s", e.cssSelector(), outer.cssSelector()).isEqualTo(sameText);
            }
        }
    }

    private static void assertAgrees(TextNode node, String raw) {
        String codes = raw.codePoints().mapToObj(Integer::toHexString).toList().toString();
        assertThat(ShownText.strippedLength(node)).as(codes).isEqualTo(node.text().strip().length());

        String t = node.text().replace('\u00a0', ' ').replace('\u3000', ' ');
        String expected = t.isBlank() ? "" : t.strip() + (t.endsWith(" ") ? " " : "");
        StringBuilder out = new StringBuilder("前文");
        ShownText.appendStripped(out, node);
        assertThat(out.toString()).as(codes).isEqualTo("前文" + expected);
    }
}
