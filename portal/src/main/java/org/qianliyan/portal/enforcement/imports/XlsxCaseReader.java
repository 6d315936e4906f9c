package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseHeader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook through POI's SAX (event) API, so memory stays flat
 * however many rows there are. Date cells become ISO dates; other cells keep the text
 * Excel would show.
 *
 * <p>A hostile or broken file is bad input, refused with one sentence (never POI's own
 * message): a zip bomb (an entry expanding more than {@value #MAX_EXPANSION} times, or
 * beyond {@value #MAX_ENTRY_MIB} MiB), a truncated archive, a file that is no zip at all or
 * an old .xls, a cell without its {@code r=} reference, a cell beyond Excel's last column or
 * row.
 */
final class XlsxCaseReader implements CaseFileReader {

    /** Largest ratio of expanded to compressed size of one entry before it counts as a zip bomb. */
    static final int MAX_EXPANSION = 100;
    /** Largest expanded entry: far above any case sheet (about 1 KiB of XML per case). */
    static final int MAX_ENTRY_MIB = 512;
    /** An XLSX workbook has a few dozen parts; thousands mean an attack on the unzipper. */
    private static final int MAX_ENTRIES = 1_000;
    /** Excel's last column (XFD) and row, 0-based. */
    private static final int LAST_COLUMN = 16_383;
    private static final int LAST_ROW = 1_048_575;
    /** A plain A1-style address, at most a few letters and digits more than Excel's own (XFD1048576). */
    private static final Pattern CELL_ADDRESS = Pattern.compile("[A-Z]{1,6}[1-9][0-9]{0,9}");

    static {
        // Set explicitly rather than trusting POI's defaults (which allow 4 GB per entry).
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setMaxEntrySize((long) MAX_ENTRY_MIB << 20);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    @Override
    public void read(InputStream in, CaseRowSink sink) throws IOException {
        PushbackInputStream content = new PushbackInputStream(in);
        int first = content.read();
        if (first == -1) {
            throw new UnreadableFileException("the file is empty");
        }
        content.unread(first);
        try {
            readWorkbook(content, sink);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableFileException("this is an old Excel 97–2003 (.xls) file; save it as .xlsx and import"
                    + " that", e);
        } catch (UnsupportedFileFormatException e) {
            throw new UnreadableFileException("this is not an XLSX workbook: an .xlsx file is a zip archive and this"
                    + " file is not one (or it is cut off before its first entry)", e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).startsWith("Zip bomb")) {
                throw new UnreadableFileException("refused as a zip bomb: a part of it would expand more than "
                        + MAX_EXPANSION + " times, or beyond " + MAX_ENTRY_MIB + " MiB", e);
            }
            throw new UnreadableFileException("the workbook is damaged or truncated: its zip archive cannot be"
                    + " read to the end", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException("the workbook's contents are not valid XLSX (its sheet or parts"
                    + " cannot be parsed)", e);
        }
    }

    private static void readWorkbook(InputStream in, CaseRowSink sink) throws IOException, OpenXML4JException,
            SAXException, ParserConfigurationException {
        try (OPCPackage workbook = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowCollector(sink), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
    }

    /** Shows date cells as 2023-12-02, which the date normaliser reads, whatever the cell's format. */
    private static final class IsoDateFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final CaseRowSink sink;
        private final List<String> cells = new ArrayList<>();
        private CaseHeader header;

        RowCollector(CaseRowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = column(cellReference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        /** The cell's column, once its reference is known to be a real cell of a sheet Excel could hold. */
        private static int column(String cellReference) {
            if (cellReference == null) {
                throw new UnreadableFileException("a cell has no reference (r=\"B2\"), so its column is unknown;"
                        + " open the file in a spreadsheet program and save it again");
            }
            if (!CELL_ADDRESS.matcher(cellReference).matches()) {
                throw new UnreadableFileException("a cell's reference is not a cell address like B2: "
                        + cellReference.substring(0, Math.min(20, cellReference.length())));
            }
            CellReference reference = new CellReference(cellReference);
            if (reference.getCol() < 0 || reference.getCol() > LAST_COLUMN || reference.getRow() > LAST_ROW) {
                throw new UnreadableFileException("cell " + cellReference.substring(0, Math.min(20, cellReference.length()))
                        + " lies beyond the largest sheet Excel allows (XFD1048576)");
            }
            return reference.getCol();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = CaseHeader.of(cells);
                sink.ignoredColumns(header.ignored());
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            Map<CaseColumn, String> row = new EnumMap<>(CaseColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                CaseColumn column = header.columnAt(i);
                if (column != null) {
                    row.put(column, cells.get(i));
                }
            }
            sink.accept(rowNum + 1L, row);
        }
    }
}
