package org.qianliyan.portal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextCharsetTest {

    private static final String TEXT = "ps_code,ps_name\nA1,瑞金首创环保能源有限公司\n";

    @Test
    void utf8_with_or_without_a_byte_order_mark_reads_as_utf8() throws IOException {
        assertThat(read(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
        assertThat(read(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void gbk_as_excel_saves_it_reads_as_chinese() throws IOException {
        assertThat(read(TEXT.getBytes(Charset.forName("GBK")))).isEqualTo(TEXT);
    }

    @Test
    void bytes_of_neither_charset_are_refused_naming_the_file() {
        byte[] bytes = TEXT.getBytes(Charset.forName("GBK"));
        bytes[bytes.length - 3] = (byte) 0xFF;

        assertThatThrownBy(() -> TextCharset.open(new ByteArrayInputStream(bytes), "plants.csv"))
                .isInstanceOf(UndecodableTextException.class).hasMessageStartingWith("plants.csv is neither UTF-8 nor GB18030");
    }

    @Test
    void a_bad_byte_beyond_the_sample_fails_the_read_instead_of_becoming_a_replacement_character() {
        byte[] head = "a,".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(CharacterCodingException.class);
    }

    private static String read(byte[] bytes) throws IOException {
        try (Reader reader = TextCharset.open(new ByteArrayInputStream(bytes), "test.csv")) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
