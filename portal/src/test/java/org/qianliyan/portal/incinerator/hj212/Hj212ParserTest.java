package org.qianliyan.portal.incinerator.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.hj212.Hj212Rejection.Reason;

class Hj212ParserTest {

    /** A valid 2017 real-time frame (docs/design-notes.md, Incinerator rules). */
    static final String VALID_2017 = "##0317QN=20191012133710130;ST=22;CN=2011;PW=123456;MN=Y80110010000010;Flag=4;"
            + "CP=&&DataTime=20191012133710;a21005-Rtd=0.00,a21005-Flag=N;a21004-Rtd=0.00,a21004-Flag=N;"
            + "a21007-Rtd=0.033,a21007-Flag=N;a21006-Rtd=0.036,a21006-Flag=N;a21001-Rtd=25.40,a21001-Flag=N;"
            + "a21003-Rtd=101.94,a21003-Flag=N;a21002-Rtd=49.20,a21002-Flag=N&&cc01";

    /** Declared CRC 2800 where the true one is D801 (docs/design-notes.md, Incinerator rules). */
    static final String BAD_CRC = "##0204QN=20191112091100598;ST=31;CN=2051;PW=123456;MN=14513567846884;PNO=0002;"
            + "PNUM=0002;CP=&&DataTime=20230327090000;a01006-Avg=101.85,a01006-Min=101.84,a01006-Max=101.87,"
            + "a01006-ValidNum=10,a01006-TotalNum=10&&2800";

    private final Hj212Parser parser = new Hj212Parser();

    @Test
    void the_design_test_vector_is_accepted_with_its_values() {
        var result = parser.parse(VALID_2017 + "\r\n");

        assertThat(result.rejection()).isEmpty();
        Hj212Frame frame = result.frame().orElseThrow();
        assertThat(frame.cn()).isEqualTo("2011");
        assertThat(frame.mn()).isEqualTo("Y80110010000010");
        assertThat(frame.protocolYear()).isEqualTo(2017);
        assertThat(frame.wantsAcknowledgement()).isFalse();
        assertThat(frame.dataTime()).contains(LocalDateTime.of(2019, 10, 12, 13, 37, 10));
        assertThat(frame.value("a21002", "Rtd")).contains(49.20);
        assertThat(frame.dataFlag("a21002")).isEqualTo("N");
        assertThat(frame.values()).hasSize(7);
    }

    @Test
    void the_crc_of_the_invalid_vector_is_d801_not_the_declared_2800() {
        var result = parser.parse(BAD_CRC);

        assertThat(result.frame()).isEmpty();
        assertThat(result.rejection().orElseThrow().reason()).isEqualTo(Reason.BAD_CRC);
        assertThat(result.rejection().orElseThrow().detail()).contains("2800").contains("D801");
    }

    @Test
    void a_length_that_does_not_match_the_data_segment_is_rejected() {
        var result = parser.parse(VALID_2017.replace("##0317", "##0316"));

        assertThat(result.rejection().orElseThrow().reason()).isEqualTo(Reason.LENGTH_MISMATCH);
    }

    @Test
    void a_frame_without_the_double_hash_is_rejected() {
        assertThat(parser.parse(VALID_2017.substring(1)).rejection().orElseThrow().reason()).isEqualTo(Reason.NO_HEADER);
    }

    @Test
    void a_2025_five_minute_furnace_temperature_frame_is_accepted() {
        String frame = frame("QN=20250301000500000;ST=22;CN=2111;PW=123456;MN=F001;Flag=9;"
                + "CP=&&DataTime=20250301000500;a01901-Avg=872.4,a01901-Flag=N;a01902-Avg=869.0,a01902-Flag=N&&");

        Hj212Frame parsed = parser.parse(frame).frame().orElseThrow();

        assertThat(parsed.command()).contains(Hj212Command.FURNACE_TEMPERATURE_5_MINUTE);
        assertThat(parsed.protocolYear()).isEqualTo(2025);
        assertThat(parsed.wantsAcknowledgement()).isTrue();
        assertThat(parsed.value("a01901", "Avg")).contains(872.4);
    }

    @Test
    void a_frame_without_a_device_number_is_rejected_naming_the_field() {
        var result = parser.parse(frame("QN=1;ST=22;CN=2061;PW=1;Flag=4;CP=&&DataTime=20250301000000&&"));

        assertThat(result.rejection().orElseThrow().reason()).isEqualTo(Reason.MISSING_FIELD);
        assertThat(result.rejection().orElseThrow().detail()).contains("MN");
    }

    @Test
    void the_acknowledgement_is_itself_a_valid_frame_echoing_qn_and_mn() {
        Hj212Frame asking = parser.parse(frame("QN=20250301000000001;ST=22;CN=2061;PW=123456;MN=P9;Flag=5;"
                + "CP=&&DataTime=20250301000000;a34013-Avg=12.1&&")).frame().orElseThrow();

        Hj212Frame ack = parser.parse(Hj212Acknowledgement.forFrame(asking, LocalDateTime.now())).frame().orElseThrow();

        assertThat(ack.command()).contains(Hj212Command.ACKNOWLEDGEMENT);
        assertThat(ack.qn()).isEqualTo("20250301000000001");
        assertThat(ack.mn()).isEqualTo("P9");
        assertThat(ack.wantsAcknowledgement()).isFalse();
    }

    /** Wraps a data segment in a correct envelope. */
    static String frame(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        return "##" + String.format("%04d", bytes.length) + segment + Hj212Crc.hex(bytes) + "\r\n";
    }

    @Test
    void a_header_field_without_an_equals_sign_is_refused_not_skipped() {
        assertRejected("QN=20250101000000000;ST=32;BROKEN;CN=2061;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000&&",
                Reason.MALFORMED_SEGMENT, "BROKEN");
        assertRejected("QN=1;ST=32;=5;CN=2061;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000&&",
                Reason.MALFORMED_SEGMENT, "=5");
    }

    @Test
    void a_field_given_twice_is_refused_as_ambiguous() {
        assertRejected("QN=1;ST=32;ST=91;CN=2061;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000&&",
                Reason.DUPLICATE_FIELD, "ST");
    }

    @Test
    void inside_cp_a_duplicate_or_a_pair_without_equals_is_refused() {
        assertRejected("QN=1;ST=22;CN=2011;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000;a21005-Rtd=1.0,"
                + "a21005-Rtd=9.0&&", Reason.DUPLICATE_FIELD, "a21005-Rtd");
        assertRejected("QN=1;ST=22;CN=2011;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000;a21005-Rtd=1.0,"
                + "a21005-Flag&&", Reason.MALFORMED_SEGMENT, "a21005-Flag");
        assertRejected("QN=1;ST=22;CN=2011;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000;DataTime=20250102000000&&",
                Reason.DUPLICATE_FIELD, "DataTime");
    }

    @Test
    void a_data_segment_over_1024_bytes_is_refused_even_with_a_correct_length_and_crc() {
        String head = "QN=1;ST=22;CN=2011;PW=123456;MN=M1;Flag=4;CP=&&DataTime=20250101000000";
        StringBuilder segment = new StringBuilder(head);
        for (int i = 0; segment.length() < 1100; i++) {
            segment.append(';').append(String.format("a%05d-Rtd=1.0", i));
        }
        segment.append("&&");
        assertRejected(segment.toString(), Reason.SEGMENT_TOO_LONG, "1024");
        String atTheLimit = head + ";a21005-Rtd=" + "1".repeat(1024 - head.length() - ";a21005-Rtd=".length() - 2) + "&&";
        assertThat(atTheLimit.getBytes(StandardCharsets.UTF_8)).hasSize(1024);
        assertThat(parser.parse(framed(atTheLimit)).rejection()).isEmpty();
    }

    private void assertRejected(String segment, Reason reason, String named) {
        var rejection = parser.parse(framed(segment)).rejection();
        assertThat(rejection).as(segment).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.detail()).contains(named);
        });
    }

    /** The segment in a correct envelope: true length and CRC, so only the segment itself can be wrong. */
    static String framed(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        return "##" + String.format("%04d", bytes.length) + segment + Hj212Crc.hex(bytes) + "\r\n";
    }
}
