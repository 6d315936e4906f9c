package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceKind;

/** Building a document from an element of a page: sanitized HTML, and the page left as it was. */
class DocumentFactoryTest {

    @Test
    void sanitizing_the_body_leaves_the_page_as_it_was() {
        String url = "http://example.gov.cn/a/1.html";
        Document page = Jsoup.parse("<html><head><title>t</title></head><body><div id=nav>首页</div>"
                + "<div id=content><p onclick=x()>焚烧厂<a href=/b/2.html>整改</a><script>track()</script></p>"
                + "<img src=/p.png></div><div id=footer>版权</div></body></html>", url);
        String before = page.outerHtml();
        Element body = page.getElementById("content");

        CrawledDocument doc = DocumentFactory.fromElement(url, Pages.profile(SourceKind.SITE, url, null, null), "t", null,
                (PublishTime) null, body, Engagement.UNKNOWN, Pages.FETCHED);

        assertThat(doc.sanitizedHtml()).isEqualTo("<div><p>焚烧厂<a href=\"http://example.gov.cn/b/2.html\">整改</a></p></div>");
        assertThat(page.outerHtml()).isEqualTo(before);
    }

    @Test
    void the_fingerprint_skips_exactly_unicode_white_space_and_the_no_break_and_ideographic_spaces() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
            assertThat(DocumentFactory.isSpace((char) c)).as("U+%04X", c).isEqualTo(space);
        }
        assertThat(DocumentFactory.hash("焚烧厂 整改\u3000完成")).isEqualTo(DocumentFactory.hash("焚烧厂整改完成"));
    }
}
