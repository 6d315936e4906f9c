package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counted length agrees with the string jsoup builds, on the white space Chinese pages are full of. */
class VisibleLengthTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t \r\n", "烟气排放", "  烟气  排放  ", "\u00a0\u00a0烟气\u00a0", "\u3000\u3000烟气排放\u3000",
        "\u3000 \u3000", "a\u200bb", "\u200b \u200b", "soft\u00adhyphen", "\u2003em space\u2003", "x\u000by",
        "\u000b", "😀 emoji 😀", " \ud83d lone surrogate ", "line\u2028break", "\u2007figure\u202f", "\u00a0\u3000\u00a0"})
    void counts_what_text_then_strip_would_give(String raw) {
        TextNode node = new TextNode(raw);
        assertThat(VisibleLength.of(node)).as("%s", raw.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(node.text().strip().length());
    }
}
