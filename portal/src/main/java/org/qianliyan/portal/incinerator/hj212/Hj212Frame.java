package org.qianliyan.portal.incinerator.hj212;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * One valid HJ 212 frame: the header fields of its data segment and the values of its
 * {@code CP} block, by pollutant code ({@code a34013}) then field ({@code Avg}, {@code Flag}…).
 *
 * @param qn       request number (time stamp with milliseconds), may be empty
 * @param st       system type ({@code 22} air, {@code 31} …)
 * @param cn       command number as sent
 * @param password {@code PW}
 * @param mn       the monitoring point's device number
 * @param flag     the {@code Flag} bits: version in bits 2–7, split packet in bit 1, acknowledgement wanted in bit 0
 * @param dataTime {@code DataTime} of the CP block, if present
 * @param values   CP values by code then field
 */
public record Hj212Frame(String qn, String st, String cn, String password, String mn, int flag,
                         Optional<LocalDateTime> dataTime, Map<String, Map<String, String>> values) {

    /** The protocol revision the sender claims: 2017 for version bits 1, 2025 for 2 and above, 2005 for 0. */
    public int protocolYear() {
        int version = flag >> 2;
        return version == 0 ? 2005 : version == 1 ? 2017 : 2025;
    }

    /** Whether the sender asks for a {@code 9014} acknowledgement. */
    public boolean wantsAcknowledgement() {
        return (flag & 1) != 0;
    }

    public Optional<Hj212Command> command() {
        return Hj212Command.of(cn);
    }

    /** A numeric field such as {@code value("a34013", "Avg")}, if present and numeric. */
    public Optional<Double> value(String code, String field) {
        String raw = values.getOrDefault(code, Map.of()).get(field);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The data flag of a code ({@code N} normal, {@code M} maintenance, …), {@code N} when absent. */
    public String dataFlag(String code) {
        return values.getOrDefault(code, Map.of()).getOrDefault("Flag", "N");
    }
}
