package org.qianliyan.portal.incinerator.hj212;

/**
 * The CRC of HJ 212 frames: CRC-16 with the reflected polynomial 0xA001 (as in Modbus),
 * started at 0xFFFF, over the bytes of the data segment (docs/design-notes.md, Incinerator rules).
 */
public final class Hj212Crc {

    private Hj212Crc() {
    }

    /** The CRC of {@code bytes}, 0..0xFFFF. */
    public static int of(byte[] bytes) {
        int crc = 0xFFFF;
        for (byte b : bytes) {
            crc = (crc >> 8) ^ (b & 0xFF);
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }
        }
        return crc;
    }

    /** The CRC as the four upper-case hex digits a frame carries. */
    public static String hex(byte[] bytes) {
        return String.format("%04X", of(bytes));
    }
}
