package org.qianliyan.portal.csv;

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
        StringWriter text = new StringWriter();
        new CsvWriter(text).row(List.of("=HYPERLINK(\"x\")", "+1+1", "@SUM(A1)", "-cmd", "\t=1", "-3.5", -2));

        assertThat(text.toString()).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"x\"\")\",'+1+1,'@SUM(A1),'-cmd,'\t=1,-3.5,-2\r\n");
    }
}
