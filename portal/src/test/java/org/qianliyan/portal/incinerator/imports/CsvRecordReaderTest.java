package org.qianliyan.portal.incinerator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void a_bom_quoted_commas_doubled_quotes_and_line_breaks_inside_quotes_are_read_as_one_field() throws Exception {
        var reader = new CsvRecordReader(new StringReader("\uFEFFa,b\r\n\"x,1\",\"say \"\"hi\"\"\nthere\"\nlast,\n"));

        assertThat(reader.next()).containsExactly("a", "b");
        assertThat(reader.next()).containsExactly("x,1", "say \"hi\"\nthere");
        assertThat(reader.lineNumber()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("last", "");
        assertThat(reader.lineNumber()).isEqualTo(4);
        assertThat(reader.next()).isNull();
    }

    @Test
    void a_file_without_a_final_line_break_still_yields_its_last_record() throws Exception {
        var reader = new CsvRecordReader(new StringReader("a,b\n1,2"));
        reader.next();

        assertThat(reader.next()).isEqualTo(List.of("1", "2"));
    }
}
