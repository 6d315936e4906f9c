package org.qianliyan.portal.incinerator.hj212;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads CRLF- (or LF-) terminated frames from a data logger's connection, holding at most
 * {@code limit} bytes of one line: a peer that sends an endless line gets
 * {@link TooLong} once it passes the limit, so it cannot make the receiver grow.
 */
final class Hj212LineReader {

    /** A line longer than the limit; the rest of it has not been read. */
    static final class TooLong extends IOException {

        TooLong(int limit) {
            super("line longer than " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final int limit;
    /** Room for the limit and the CR before the LF. */
    private final byte[] line;

    Hj212LineReader(InputStream in, int limit) {
        this.in = new BufferedInputStream(in);
        this.limit = limit;
        this.line = new byte[limit + 1];
    }

    /**
     * @return the next line without its line end, or null at the end of the stream
     * @throws TooLong when the line has more than {@code limit} bytes (a CR before the LF not counted)
     */
    String next() throws IOException {
        int length = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return text(length);
            }
            if (length == line.length) {
                throw new TooLong(limit);
            }
            line[length++] = (byte) b;
        }
        return length == 0 ? null : text(length);
    }

    private String text(int length) throws TooLong {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (end > limit) {
            throw new TooLong(limit);
        }
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }
}
