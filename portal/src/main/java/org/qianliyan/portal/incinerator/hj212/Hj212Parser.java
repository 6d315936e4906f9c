package org.qianliyan.portal.incinerator.hj212;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.incinerator.hj212.Hj212Rejection.Reason;

/**
 * Parses HJ 212-2017 and HJ 212-2025 frames: {@code ##}, four decimal digits giving the
 * byte length of the data segment, the data segment, four hex digits of {@link Hj212Crc},
 * and an optional CRLF. Both revisions share this envelope; 2025 adds commands (such as
 * {@code CN=2111}) and says so in the version bits of {@code Flag}.
 *
 * <p>Strict where the standard is: a data segment over {@value #MAX_SEGMENT_BYTES} bytes, a
 * field without {@code =} (in the header or inside {@code CP=&&…&&}), and a field given twice
 * (which value would count?) are each refused with their reason rather than guessed at.
 */
public final class Hj212Parser {

    /** Longest data segment HJ 212-2017 (6.3.1, 0000–1024) allows; longer content is sent as split packets. */
    public static final int MAX_SEGMENT_BYTES = 1024;
    /** Longest frame: {@code ##}, four length digits, the data segment and four CRC digits (CRLF not counted). */
    public static final int MAX_FRAME_BYTES = 2 + 4 + MAX_SEGMENT_BYTES + 4;
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String CP_START = "CP=&&";

    /** Parses one frame, with or without its trailing CRLF. */
    public Hj212ParseResult parse(String text) {
        String frame = stripLineEnd(text);
        if (!frame.startsWith("##")) {
            return Hj212ParseResult.rejected(Reason.NO_HEADER, "frame does not start with ##");
        }
        if (frame.length() < 10 || !isDigits(frame.substring(2, 6))) {
            return Hj212ParseResult.rejected(Reason.BAD_LENGTH_FIELD, "no four-digit length after ##");
        }
        int declared = Integer.parseInt(frame.substring(2, 6));
        if (declared > MAX_SEGMENT_BYTES) {
            return Hj212ParseResult.rejected(Reason.SEGMENT_TOO_LONG,
                    "declared length " + declared + " is over the " + MAX_SEGMENT_BYTES + " bytes the standard allows");
        }
        String segment = frame.substring(6, frame.length() - 4);
        byte[] segmentBytes = segment.getBytes(StandardCharsets.UTF_8);
        if (segmentBytes.length != declared) {
            return Hj212ParseResult.rejected(Reason.LENGTH_MISMATCH,
                    "declared length " + declared + ", data segment has " + segmentBytes.length + " bytes");
        }
        String declaredCrc = frame.substring(frame.length() - 4).toUpperCase();
        String actualCrc = Hj212Crc.hex(segmentBytes);
        if (!declaredCrc.equals(actualCrc)) {
            return Hj212ParseResult.rejected(Reason.BAD_CRC, "declared CRC " + declaredCrc + ", computed " + actualCrc);
        }
        return parseSegment(segment);
    }

    private Hj212ParseResult parseSegment(String segment) {
        int cpAt = segment.indexOf(CP_START);
        int cpEnd = segment.lastIndexOf("&&");
        if (cpAt < 0 || cpEnd < cpAt + CP_START.length()) {
            return Hj212ParseResult.rejected(Reason.MALFORMED_SEGMENT, "no CP=&&…&& block");
        }
        Fields headerFields = Fields.of(segment.substring(0, cpAt), "[;]", "data segment");
        if (headerFields.rejection != null) {
            return headerFields.rejection;
        }
        Map<String, String> header = headerFields.pairs;
        for (String required : new String[] {"ST", "CN", "MN"}) {
            if (header.getOrDefault(required, "").isEmpty()) {
                return Hj212ParseResult.rejected(Reason.MISSING_FIELD, "no " + required + " in the data segment");
            }
        }
        int flag;
        try {
            flag = Integer.parseInt(header.getOrDefault("Flag", "0"));
        } catch (NumberFormatException e) {
            return Hj212ParseResult.rejected(Reason.MALFORMED_SEGMENT, "Flag is not a number: " + header.get("Flag"));
        }
        Fields cpFields = Fields.of(segment.substring(cpAt + CP_START.length(), cpEnd), "[;,]", "CP block");
        if (cpFields.rejection != null) {
            return cpFields.rejection;
        }
        Map<String, String> cp = cpFields.pairs;
        Optional<LocalDateTime> dataTime = Optional.empty();
        String rawTime = cp.remove("DataTime");
        if (rawTime != null) {
            try {
                dataTime = Optional.of(LocalDateTime.parse(rawTime, DATA_TIME));
            } catch (DateTimeParseException e) {
                return Hj212ParseResult.rejected(Reason.MALFORMED_SEGMENT, "DataTime is not yyyyMMddHHmmss: " + rawTime);
            }
        }
        return Hj212ParseResult.accepted(new Hj212Frame(header.getOrDefault("QN", ""), header.get("ST"),
                header.get("CN"), header.getOrDefault("PW", ""), header.get("MN"), flag, dataTime, byCode(cp)));
    }

    private static Map<String, Map<String, String>> byCode(Map<String, String> cp) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        cp.forEach((key, value) -> {
            int dash = key.indexOf('-');
            String code = dash < 0 ? key : key.substring(0, dash);
            String field = dash < 0 ? "" : key.substring(dash + 1);
            values.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(field, value);
        });
        return values;
    }

    /** The {@code key=value} fields of the header or the CP block, or why they are ambiguous. */
    private record Fields(Map<String, String> pairs, Hj212ParseResult rejection) {

        static Fields of(String text, String separators, String where) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (String pair : text.split(separators)) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0 || pair.substring(0, eq).isBlank()) {
                    return new Fields(pairs, Hj212ParseResult.rejected(Reason.MALFORMED_SEGMENT,
                            "field '" + shortened(pair) + "' of the " + where + " is not key=value"));
                }
                String key = pair.substring(0, eq).trim();
                if (pairs.putIfAbsent(key, pair.substring(eq + 1).trim()) != null) {
                    return new Fields(pairs, Hj212ParseResult.rejected(Reason.DUPLICATE_FIELD,
                            "field " + shortened(key) + " appears twice in the " + where));
                }
            }
            return new Fields(pairs, null);
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }

    private static String stripLineEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
