package org.qianliyan.portal.csv;

/**
 * A CSV file that cannot be read as a whole: not text in one charset, a quoted field never
 * closed, text after a closing quote. The message names the file and, where there is one, the
 * line ({@code daily.csv: line 812: a quoted field is never closed}).
 */
public final class MalformedCsvException extends RuntimeException {

    private final long line;

    MalformedCsvException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** @return the line the problem is on, counted from 1; 0 when it is about the file as a whole */
    public long line() {
        return line;
    }
}
