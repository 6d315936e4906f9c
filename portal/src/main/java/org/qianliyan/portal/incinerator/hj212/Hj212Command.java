package org.qianliyan.portal.incinerator.hj212;

import java.util.Arrays;
import java.util.Optional;

/** The command numbers ({@code CN}) we act upon; HJ 212-2025 adds {@link #FURNACE_TEMPERATURE_5_MINUTE}. */
public enum Hj212Command {
    REAL_TIME("2011"),
    MINUTE("2051"),
    HOURLY("2061"),
    DAILY("2031"),
    FURNACE_TEMPERATURE_5_MINUTE("2111"),
    ACKNOWLEDGEMENT("9014");

    private final String code;

    Hj212Command(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Hj212Command> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
