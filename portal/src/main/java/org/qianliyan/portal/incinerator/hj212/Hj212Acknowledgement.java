package org.qianliyan.portal.incinerator.hj212;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The {@code CN=9014} data acknowledgement a receiver sends when a frame's Flag asks for one. */
public final class Hj212Acknowledgement {

    private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private Hj212Acknowledgement() {
    }

    /** The full acknowledgement frame, with length, CRC and CRLF, echoing the frame's QN, PW and MN. */
    public static String forFrame(Hj212Frame frame, LocalDateTime now) {
        String qn = frame.qn().isEmpty() ? QN.format(now) : frame.qn();
        // ST=91 is the system-interaction type; the version bits are echoed, acknowledgement not requested.
        String segment = "QN=" + qn + ";ST=91;CN=9014;PW=" + frame.password() + ";MN=" + frame.mn()
                + ";Flag=" + (frame.flag() & ~1) + ";CP=&&&&";
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        return "##" + String.format("%04d", bytes.length) + segment + Hj212Crc.hex(bytes) + "\r\n";
    }
}
