package org.qianliyan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void the_download_starts_with_a_utf8_bom_and_quotes_fields_that_need_it() {
        StringWriter text = new StringWriter();
        new CsvWriter(text).row(List.of("name", "note")).row(Arrays.asList("某厂（一期）", "a,\"b\"", null));

        assertThat(text.toString()).startsWith("\uFEFFname,note\r\n");
        assertThat(text.toString()).endsWith("某厂（一期）,\"a,\"\"b\"\"\",\r\n");
    }

    @Test
    void bytes_are_utf8_with_the_bom_once_flushed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.utf8(bytes)) {
            csv.row(List.of("焚烧"));
        }
        assertThat(bytes.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF焚烧\r\n");
    }

    @Test
    void a_field_that_excel_would_run_as_a_formula_is_defused_but_negative_numbers_are_not() {
        assertThat(CsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvWriter.field("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.field("-3.5")).isEqualTo("-3.5");
        assertThat(CsvWriter.field(null)).isEmpty();
    }
}
