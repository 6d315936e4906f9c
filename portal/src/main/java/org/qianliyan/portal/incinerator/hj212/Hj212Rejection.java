package org.qianliyan.portal.incinerator.hj212;

/** Why a frame was refused; rejected frames are counted and logged, never stored. */
public record Hj212Rejection(Reason reason, String detail) {

    public enum Reason {
        NO_HEADER, BAD_LENGTH_FIELD, LENGTH_MISMATCH, SEGMENT_TOO_LONG, BAD_CRC, MALFORMED_SEGMENT, DUPLICATE_FIELD,
        MISSING_FIELD
    }

    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
