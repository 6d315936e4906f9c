package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.CDataNode;
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
