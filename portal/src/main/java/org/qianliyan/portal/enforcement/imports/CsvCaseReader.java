package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseHeader;
import org.qianliyan.portal.imports.TextCharset;
import org.qianliyan.portal.imports.UndecodableTextException;

/**
 * CSV after RFC 4180 (quoted fields may hold commas, quotes and line breaks). Excel on a
 * Chinese Windows saves CSV in GBK: {@link TextCharset} tells which; bytes that fit neither
 * charset make the file unreadable rather than garbled.
 */
final class CsvCaseReader implements CaseFileReader {

    @Override
    public void read(InputStream in, CaseRowSink sink) throws IOException {
        CsvRecords records;
        try {
            records = new CsvRecords(TextCharset.open(in, "the file"));
        } catch (UndecodableTextException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        }
        List<String> headerCells = records.next();
        if (headerCells == null) {
            throw new UnreadableFileException("the file is empty: expected a header row");
        }
        CaseHeader header = CaseHeader.of(headerCells);
        sink.ignoredColumns(header.ignored());
        List<String> cells;
        while ((cells = records.next()) != null) {
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<CaseColumn, String> row = new EnumMap<>(CaseColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                CaseColumn column = header.columnAt(i);
                if (column != null) {
                    row.put(column, cells.get(i));
                }
            }
            sink.accept(records.recordStartLine(), row);
        }
    }

    /** The record parser itself: one record per call, tracking the line each record starts on. */
    static final class CsvRecords {

        private final Reader reader;
        private long line = 1;
        private long recordStartLine;
        private int pushedBack = -2;

        CsvRecords(Reader reader) {
            this.reader = reader instanceof java.io.BufferedReader ? reader : new java.io.BufferedReader(reader, 1 << 16);
        }

        long recordStartLine() {
            return recordStartLine;
        }

        /** The next record's cells, or null at the end of input. */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            recordStartLine = line;
            List<String> cells = new java.util.ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean cellStarted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new UnreadableFileException("line " + recordStartLine + ": a quoted field is never closed");
                    }
                    if (c == '"') {
                        int following = read();
                        if (following == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = following;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && !cellStarted) {
                    quoted = true;
                    cellStarted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    cellStarted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            pushedBack = following;
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    cells.add(cell.toString());
                    return cells;
                } else {
                    cell.append((char) c);
                    cellStarted = true;
                }
                c = read();
            }
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            try {
                return reader.read();
            } catch (CharacterCodingException e) {
                throw new UnreadableFileException("line " + line + ": bytes that are not text in the charset the file"
                        + " starts in (UTF-8 or GB18030); save it again in one charset", e);
            }
        }
    }
}
