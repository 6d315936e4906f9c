package org.qianliyan.portal.incinerator.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five pollutants the ministry platform publishes as daily means, with their codes in
 * HJ 212 ({@code a34013}) and in the platform's export ({@code 001}).
 */
public enum Pollutant {
    PARTICULATE("a34013", "001", "颗粒物"),
    SO2("a21026", "002", "二氧化硫"),
    NOX("a21002", "003", "氮氧化物"),
    CO("a21005", "004", "一氧化碳"),
    HCL("a21024", "008", "氯化氢");

    private final String hj212Code;
    private final String platformCode;
    private final String chineseName;

    Pollutant(String hj212Code, String platformCode, String chineseName) {
        this.hj212Code = hj212Code;
        this.platformCode = platformCode;
        this.chineseName = chineseName;
    }

    public String hj212Code() {
        return hj212Code;
    }

    public String platformCode() {
        return platformCode;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The i18n key of the pollutant's display name. */
    public String labelKey() {
        return "incinerator.pollutant." + name().toLowerCase();
    }

    public static Optional<Pollutant> ofHj212Code(String code) {
        return Arrays.stream(values()).filter(p -> p.hj212Code.equals(code)).findFirst();
    }

    public static Optional<Pollutant> ofPlatformCode(String code) {
        return Arrays.stream(values()).filter(p -> p.platformCode.equals(code)).findFirst();
    }
}
