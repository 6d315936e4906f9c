package org.qianliyan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void the_download_starts_with_a_utf8_bom_and_quotes_fields_that_need_it() {
        String csv = new CsvText().row(List.of("name", "note")).row(Arrays.asList("某厂（一期）", "a,\"b\"")).toString();

        assertThat(csv).startsWith("\uFEFFname,note\r\n");
        assertThat(csv).endsWith("某厂（一期）,\"a,\"\"b\"\"\"\r\n");
    }

    @Test
    void a_field_that_excel_would_run_as_a_formula_is_defused_but_negative_numbers_are_not() {
        assertThat(CsvText.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvText.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvText.field("-3.5")).isEqualTo("-3.5");
        assertThat(CsvText.field(null)).isEmpty();
    }
}
