package org.qianliyan.crawler.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.fixture.FixtureServer;

class CharsetSnifferTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void a_feed_declaring_gb2312_in_the_xml_declaration_decodes_as_gb18030() {
        byte[] body = FixtureServer.readResource("site/gb2312-feed.xml");
        SniffedCharset sniffed = CharsetSniffer.sniff(body, "application/xml");
        assertThat(sniffed.charset()).isEqualTo(GB18030);
        assertThat(sniffed.basis()).isEqualTo(SniffedCharset.Basis.META);
        assertThat(CharsetSniffer.decode(body, null)).contains("<rss").contains("垃圾焚烧发电项目");
    }

    @Test
    void our_gbk_government_page_declared_gb2312_decodes() {
        byte[] body = FixtureServer.readResource("site/gov-article.html");
        assertThat(CharsetSniffer.sniff(body, "text/html").basis()).isEqualTo(SniffedCharset.Basis.META);
        assertThat(CharsetSniffer.decode(body, "text/html")).contains("垃圾焚烧发电厂专项执法检查");
    }

    @Test
    void our_undeclared_gbk_page_is_detected() {
        byte[] body = FixtureServer.readResource("site/gov-article-undeclared.html");
        assertThat(CharsetSniffer.decode(body, "text/html")).contains("重点排污单位自动监测数据的通报");
    }

    @Test
    void a_gbk_page_whose_header_claims_utf8_is_detected_over_the_declaration() {
        byte[] body = FixtureServer.readResource("site/gov-article-undeclared.html");
        SniffedCharset sniffed = CharsetSniffer.sniff(body, "text/html; charset=UTF-8");
        assertThat(sniffed.basis()).isEqualTo(SniffedCharset.Basis.DETECTED_OVER_DECLARATION);
        assertThat(CharsetSniffer.decode(body, "text/html; charset=UTF-8")).contains("氮氧化物");
    }

    @Test
    void a_page_declared_utf8_that_shows_a_replacement_character_of_its_own_stays_utf8() {
        byte[] body = "<html><body>监测数据缺失\uFFFD的时段</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.sniff(body, "text/html; charset=UTF-8").basis()).isEqualTo(SniffedCharset.Basis.HEADER);
        assertThat(CharsetSniffer.decode(body, "text/html; charset=UTF-8")).isEqualTo("<html><body>监测数据缺失\uFFFD的时段</body></html>");
    }

    @Test
    void a_utf8_page_that_declares_gb2312_is_read_as_utf8() {
        byte[] body = "<html><head><meta charset=gb2312></head><body>生态环境局通报</body></html>".getBytes(StandardCharsets.UTF_8);
        SniffedCharset sniffed = CharsetSniffer.sniff(body, null);
        assertThat(sniffed.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(body, null)).contains("生态环境局通报");
    }

    @Test
    void a_byte_order_mark_wins_over_the_header_and_is_skipped() {
        byte[] text = "<p>千里眼</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        assertThat(CharsetSniffer.decode(body, "text/html; charset=GBK")).isEqualTo("<p>千里眼</p>");
    }

    @Test
    void big5_text_is_detected() {
        byte[] body = "<html><body><p>環境保護署今日公布空氣品質監測結果，細懸浮微粒濃度持續改善，民眾可安心從事戶外活動。</p></body></html>"
                .getBytes(Charset.forName("Big5"));
        assertThat(CharsetSniffer.decode(body, "text/html")).contains("環境保護署");
    }

    @Test
    void the_utf8_check_refuses_overlongs_surrogates_and_truncated_sequences() {
        assertThat(CharsetSniffer.isValidUtf8("千里眼 abc 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(CharsetSniffer.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse();
        assertThat(CharsetSniffer.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(CharsetSniffer.isValidUtf8(new byte[] {(byte) 0xE5, (byte) 0x8D})).isFalse();
        assertThat(CharsetSniffer.isValidUtf8("环境".getBytes(Charset.forName("GBK")))).isFalse();
    }

    @Test
    void a_gbk_page_whose_meta_claims_utf8_is_detected_over_the_declaration() {
        byte[] body = ("<html><head><meta charset=\"utf-8\"><title>通报</title></head><body><p>某县生活垃圾焚烧发电厂"
                + "二噁英排放浓度超标，生态环境局已责令整改并处以罚款。</p></body></html>").getBytes(Charset.forName("GBK"));
        SniffedCharset sniffed = CharsetSniffer.sniff(body, "text/html");
        assertThat(sniffed.basis()).isEqualTo(SniffedCharset.Basis.DETECTED_OVER_DECLARATION);
        assertThat(CharsetSniffer.decode(body, "text/html")).contains("二噁英排放浓度超标");
    }

    @Test
    void a_short_gbk_page_without_any_declaration_decodes() {
        byte[] body = "<p>焚烧厂冒黑烟</p>".getBytes(Charset.forName("GBK"));
        assertThat(CharsetSniffer.decode(body, null)).isEqualTo("<p>焚烧厂冒黑烟</p>");
        assertThat(CharsetSniffer.decode(body, "text/html")).isEqualTo("<p>焚烧厂冒黑烟</p>");
    }

    @Test
    void a_utf8_page_whose_header_claims_gbk_is_read_as_utf8() {
        byte[] body = "<html><body><p>环境信息依申请公开</p></body></html>".getBytes(StandardCharsets.UTF_8);
        SniffedCharset sniffed = CharsetSniffer.sniff(body, "text/html; charset=GBK");
        assertThat(sniffed.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sniffed.basis()).isEqualTo(SniffedCharset.Basis.DETECTED_OVER_DECLARATION);
    }

    @Test
    void a_utf16_byte_order_mark_is_read_and_skipped() {
        byte[] text = "<p>千里眼</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        System.arraycopy(text, 0, body, 2, text.length);
        assertThat(CharsetSniffer.sniff(body, "text/html; charset=UTF-8").basis()).isEqualTo(SniffedCharset.Basis.BOM);
        assertThat(CharsetSniffer.decode(body, "text/html; charset=UTF-8")).isEqualTo("<p>千里眼</p>");
    }
}
