package org.qianliyan.portal.enforcement.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.ImportCases;
import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.incinerator.store.IndexedFacilityLookup;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.enforcement.support.EnforcementIndices;

/**
 * Hostile and broken files named .xlsx, built here, handed to {@code import cases}: each is bad
 * input (exit 2) with one plain sentence naming the file, never POI's own message, and nothing
 * is written, with or without {@code --skip-invalid}.
 */
class HostileXlsxIT {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;
    private EnforcementIndices indices;
    private final CliStreams io = new CliStreams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @BeforeEach
    void createIndices() {
        indices = new EnforcementIndices();
    }

    @AfterEach
    void deleteIndices() throws IOException {
        indices.close();
    }

    @Test
    void the_well_formed_workbook_these_are_made_from_imports() throws Exception {
        Path file = Files.write(dir.resolve("good.xlsx"), workbook());
        assertThat(command().run(options(file, false), io)).isZero();
        assertThat(storedCases()).isEqualTo(2);
    }

    @Test
    void a_zip_bomb_is_refused() throws Exception {
        byte[] bomb = rewritten(workbook(), SHEET, xml -> xml.replace("</sheetData>", " ".repeat(40_000_000) + "</sheetData>"));
        assertThat(bomb.length).as("a small file").isLessThan(1_000_000);
        assertRefused("bomb.xlsx", bomb, "zip bomb");
    }

    @Test
    void a_truncated_workbook_is_refused() throws Exception {
        byte[] whole = workbook();
        assertRefused("cut.xlsx", Arrays.copyOf(whole, whole.length * 2 / 3), "truncated");
        assertRefused("stub.xlsx", Arrays.copyOf(whole, 40), "not an XLSX workbook");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused() throws Exception {
        assertRefused("renamed-csv.xlsx", "当事人名称,处罚金额\n示例公司,100\n".getBytes(StandardCharsets.UTF_8),
                "not an XLSX workbook");
        assertRefused("empty.xlsx", new byte[0], "empty");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("处罚").createRow(0).createCell(0).setCellValue("当事人名称");
            old.write(xls);
        }
        assertRefused("old.xlsx", xls.toByteArray(), ".xls");
    }

    @Test
    void cells_without_their_reference_are_refused() throws Exception {
        byte[] noRefs = rewritten(workbook(), SHEET, xml -> xml.replaceAll("(<c[^>]*?) r=\"[A-Z]+[0-9]+\"", "$1"));
        assertRefused("no-refs.xlsx", noRefs, "no reference");
    }

    @Test
    void cells_beyond_excels_largest_sheet_are_refused() throws Exception {
        assertRefused("wide.xlsx", rewritten(workbook(), SHEET, xml -> xml.replaceFirst("r=\"A2\"", "r=\"ZZZZZ2\"")),
                "beyond the largest sheet");
        assertRefused("deep.xlsx", rewritten(workbook(), SHEET, xml -> xml.replaceFirst("r=\"A2\"", "r=\"B99999999\"")),
                "beyond the largest sheet");
        assertRefused("garbled.xlsx", rewritten(workbook(), SHEET, xml -> xml.replaceFirst("r=\"A2\"", "r=\"2B!\"")),
                "not a cell address");
    }

    private void assertRefused(String name, byte[] content, String because) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        for (boolean skipInvalid : List.of(false, true)) {
            assertThatThrownBy(() -> command().run(options(file, skipInvalid), io)).as("--skip-invalid " + skipInvalid)
                    .isInstanceOf(CliUsageException.class)
                    .hasMessageStartingWith(name + ": ")
                    .hasMessageContaining(because)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Zip bomb detected", "org.apache",
                            "Exception", "POI", "\n"));
        }
        assertThat(storedCases()).as("nothing written for " + name).isZero();
    }

    private static ImportCases options(Path file, boolean skipInvalid) {
        ImportCases options = new ImportCases();
        options.file = file;
        options.skipInvalid = skipInvalid;
        return options;
    }

    private ImportCasesCommand command() {
        return new ImportCasesCommand(new CaseImportService(new CaseWriter(indices.client(), indices.cases()),
                new IndexedFacilityLookup(indices.client(), indices.facilities()), event -> { }));
    }

    private long storedCases() throws IOException {
        indices.client().indices().refresh(r -> r.index(indices.cases()));
        return indices.client().count(c -> c.index(indices.cases())).count();
    }

    /** A small valid workbook of two cases, as a spreadsheet program writes it. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("处罚");
            Row header = sheet.createRow(0);
            List<String> headers = CaseColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int n = 1; n <= 2; n++) {
                Row row = sheet.createRow(n);
                row.createCell(CaseColumn.PARTY_NAME.ordinal()).setCellValue("示例热电有限公司");
                row.createCell(CaseColumn.DECISION_NUMBER.ordinal()).setCellValue("锡环罚[2024]" + n + "号");
                row.createCell(CaseColumn.PENALTY_AMOUNT.ordinal()).setCellValue(12.5);
                row.createCell(CaseColumn.DECISION_DATE.ordinal()).setCellValue("2024-01-09");
                row.createCell(CaseColumn.AUTHORITY.ordinal()).setCellValue("无锡市生态环境局");
                row.createCell(CaseColumn.PROVINCE.ordinal()).setCellValue("江苏省");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The zip with one entry's text changed, every other entry as it was. */
    private static byte[] rewritten(byte[] zip, String entryName, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            rewritten.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
