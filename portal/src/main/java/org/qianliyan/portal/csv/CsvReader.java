package org.qianliyan.portal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader of every import: Commons CSV's RFC 4180 format, the one {@link CsvWriter}
 * writes, over {@link TextCharset} (UTF-8 with or without a byte-order mark, or GBK/GB18030 as
 * Excel on a Chinese Windows saves it). Quoted fields may hold commas, doubled quotes and line
 * breaks; LF and CRLF line ends read alike; blank lines are skipped. It streams: one record is in
 * memory at a time. Input that is not CSV fails with a {@link MalformedCsvException} naming the
 * file and the line, so an import refuses the file instead of storing part of it garbled.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(in, "plants.csv")) {
 *     List<String> header = csv.header();
 *     for (List<String> row; (row = csv.next()) != null; ) {
 *         ... csv.line() is the line the row starts on ...
 *     }
 * }
 * }</pre>
 */
public final class CsvReader implements AutoCloseable {

    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long line;

    private CsvReader(String fileName, CSVParser parser) throws IOException {
        this.fileName = fileName;
        this.parser = parser;
        this.records = parser.iterator();
        List<String> first = next();
        this.header = first == null ? List.of() : first;
    }

    /**
     * Opens {@code in} in the charset it is written in and reads its header, the first record that
     * is not blank. The reader owns {@code in} from here on: closing it closes the stream.
     *
     * @param fileName named in every error
     * @throws MalformedCsvException when the file is not text in one charset, or its header is not CSV
     */
    public static CsvReader open(InputStream in, String fileName) throws IOException {
        Reader text;
        try {
            text = TextCharset.open(in, fileName);
        } catch (UndecodableTextException e) {
            in.close();
            throw new MalformedCsvException(e.getMessage(), 0, e);
        }
        CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180);
        try {
            return new CsvReader(fileName, parser);
        } catch (IOException | MalformedCsvException e) {
            parser.close();
            throw e;
        }
    }

    /** @return the header's fields as written; empty when the file holds no record */
    public List<String> header() {
        return header;
    }

    /**
     * @return the next record that is not blank (a line of nothing or of spaces only), or
     *         {@code null} at the end of the file
     * @throws MalformedCsvException when the record is not CSV or not text in the file's charset
     */
    public List<String> next() throws IOException {
        while (true) {
            line = parser.getCurrentLineNumber() + 1;
            if (!hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.size() != 1 || !record.get(0).isBlank()) {
                return record.toList();
            }
        }
    }

    /** @return the line the record last returned (or the header) starts on, counted from 1 */
    public long line() {
        return line;
    }

    private boolean hasNext() throws IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof CharacterCodingException || cause instanceof CSVException) {
                throw malformed(cause);
            }
            throw cause;
        }
    }

    private MalformedCsvException malformed(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            long at = parser.getCurrentLineNumber();
            return new MalformedCsvException(fileName + ": line " + at + " holds bytes that are not text in the charset"
                    + " the file starts in (UTF-8 or GB18030); save it again in one charset", at, cause);
        }
        // Commons CSV's two complaints about RFC 4180 input: the end of the file inside quotes, or text after them.
        if (String.valueOf(cause.getMessage()).contains("EOF")) {
            return new MalformedCsvException(fileName + ": line " + line + ": a quoted field is never closed", line, cause);
        }
        long at = parser.getCurrentLineNumber();
        return new MalformedCsvException(fileName + ": line " + at + ": text after the closing quote of a field"
                + " (a quote inside a quoted field is written twice)", at, cause);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
