package org.qianliyan.portal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void a_utf8_byte_order_mark_is_not_part_of_the_first_column_name() throws IOException {
        try (CsvReader csv = open(utf8("\uFEFFps_code,ps_name\nA1,瑞金首创环保能源有限公司\n"))) {
            assertThat(csv.header()).containsExactly("ps_code", "ps_name");
            assertThat(csv.next()).containsExactly("A1", "瑞金首创环保能源有限公司");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_rows_know_the_line_they_start_on()
            throws IOException {
        try (CsvReader csv = open(utf8("a,b\r\n\"x,1\",\"say \"\"hi\"\"\r\nthere\"\r\n\r\nlast,\r\n"))) {
            assertThat(csv.header()).containsExactly("a", "b");
            assertThat(csv.line()).isEqualTo(1);
            assertThat(csv.next()).containsExactly("x,1", "say \"hi\"\r\nthere");
            assertThat(csv.line()).isEqualTo(2);
            assertThat(csv.next()).containsExactly("last", "");
            assertThat(csv.line()).isEqualTo(5);
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void lf_and_crlf_line_ends_read_alike_and_the_last_row_needs_none() throws IOException {
        assertThat(rows("a,b\n1,2\n\n   \n3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(rows("a,b\r\n1,2\r\n\r\n   \r\n3,4\r\n")).isEqualTo(rows("a,b\n1,2\n\n   \n3,4"));
    }

    @Test
    void a_quoted_field_never_closed_is_refused_naming_the_file_and_the_line_it_opens_on() throws IOException {
        try (CsvReader csv = open(utf8("a,b\n1,2\n3,\"no end\nmore\n"))) {
            assertThat(csv.next()).containsExactly("1", "2");
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(MalformedCsvException.class, e -> {
                assertThat(e).hasMessage("cases.csv: line 3: a quoted field is never closed");
                assertThat(e.line()).isEqualTo(3);
            });
        }
    }

    @Test
    void text_after_a_closing_quote_is_refused_with_its_line() throws IOException {
        try (CsvReader csv = open(utf8("a,b\n1,2\n\"3\"x,4\n"))) {
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOf(MalformedCsvException.class)
                    .hasMessageStartingWith("cases.csv: line 3: text after the closing quote");
        }
    }

    @Test
    void a_gbk_file_as_excel_saves_it_is_read_as_chinese() throws IOException {
        byte[] gbk = "名称,地址\n\"示例热电,有限公司\",无锡市\n".getBytes(Charset.forName("GBK"));
        try (CsvReader csv = open(gbk)) {
            assertThat(csv.header()).containsExactly("名称", "地址");
            assertThat(csv.next()).containsExactly("示例热电,有限公司", "无锡市");
        }
    }

    @Test
    void a_file_in_no_charset_we_read_is_refused_before_any_row() {
        byte[] bytes = "名称\n示例\n".getBytes(Charset.forName("GBK"));
        bytes[bytes.length - 2] = (byte) 0xFF;

        assertThatThrownBy(() -> open(bytes)).isInstanceOf(MalformedCsvException.class)
                .hasMessageStartingWith("cases.csv is neither UTF-8 nor GB18030");
    }

    @Test
    void a_bad_byte_beyond_the_charset_sample_is_refused_naming_a_line_not_stored_as_a_replacement_character()
            throws IOException {
        byte[] head = ("a,b\n" + "1,2\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';

        try (CsvReader csv = open(bytes)) {
            assertThatThrownBy(() -> {
                while (csv.next() != null) {
                    // every row up to the bad byte is read
                }
            }).isInstanceOf(MalformedCsvException.class).hasMessageMatching("cases\\.csv: line \\d+ holds bytes that are not text.*")
                    .satisfies(e -> assertThat(((MalformedCsvException) e).line()).isBetween(1L, 20_002L));
        }
    }

    @Test
    void an_empty_file_has_an_empty_header_and_no_rows() throws IOException {
        try (CsvReader csv = open(new byte[0])) {
            assertThat(csv.header()).isEmpty();
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void what_the_csv_writer_writes_reads_back_as_it_was_bom_formula_guard_and_all() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.utf8(bytes)) {
            writer.row(List.of("label", "text")).row(List.of(1, "第一行\n第二行，\"引号\",逗号")).row(Arrays.asList(null, "=1+1"));
        }
        assertThat(rows(bytes.toByteArray())).containsExactly(List.of("label", "text"),
                List.of("1", "第一行\n第二行，\"引号\",逗号"), List.of("", "'=1+1"));
    }

    private static List<List<String>> rows(String text) throws IOException {
        return rows(utf8(text));
    }

    private static List<List<String>> rows(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader csv = open(bytes)) {
            rows.add(csv.header());
            for (List<String> row; (row = csv.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static CsvReader open(byte[] bytes) throws IOException {
        return CsvReader.open(new ByteArrayInputStream(bytes), "cases.csv");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
