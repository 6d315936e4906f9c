package org.qianliyan.nlp;

/**
 * A half-open character range {@code [start, end)} in the analysed text (which equals the input text unless
 * it was truncated: normalisation never changes lengths).
 *
 * @param start first char
 * @param end   one past the last char
 */
public record Span(int start, int end) {

    /** Checks the range. */
    public Span {
        if (start < 0 || end < start) {
            throw new NlpException("bad span [" + start + ", " + end + ")");
        }
    }

    /** @return whether the two spans share at least one char */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** @return chars between the two spans, 0 when they touch or overlap */
    public int distanceTo(Span other) {
        if (overlaps(other)) {
            return 0;
        }
        return end <= other.start ? other.start - end : start - other.end;
    }
}
