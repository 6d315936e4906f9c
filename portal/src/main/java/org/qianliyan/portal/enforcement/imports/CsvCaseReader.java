package org.qianliyan.portal.enforcement.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseHeader;

/**
 * CSV after RFC 4180 (quoted fields may hold commas, quotes and line breaks). Excel on a
 * Chinese Windows saves CSV in GBK, so a file that is not valid UTF-8 in its first 64 KiB
 * is read as GBK; a UTF-8 byte-order mark is skipped.
 */
final class CsvCaseReader implements CaseFileReader {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public void read(InputStream in, CaseRowSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        Charset charset = sniff(buffered);
        CsvRecords records = new CsvRecords(new InputStreamReader(buffered, charset));
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

    private static Charset sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int start = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skip(3);
            return StandardCharsets.UTF_8;
        }
        // A multi-byte character may be cut at the end of the sample: ignore the last 3 bytes.
        int length = head.length == SNIFF_BYTES ? head.length - 3 : head.length;
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, Math.max(0, length)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
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
            return reader.read();
        }
    }
}
