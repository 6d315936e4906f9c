package org.qianliyan.portal.opinion.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A briefing as a Word document with Apache POI, for staff who edit it before passing it on.
 * Text is set in 宋体 for Chinese; bar charts become tables of counts with a bar of ▇ marks.
 */
public final class BriefingDocx {

    private static final String FONT = "宋体";
    private static final int BAR_WIDTH = 30;

    private BriefingDocx() {
    }

    public static byte[] of(List<BriefingBlock> blocks, String title) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            for (BriefingBlock block : blocks) {
                if (block instanceof BriefingBlock.Heading h) {
                    run(document.createParagraph(), h.text(), h.level() == 1 ? 18 : 14, true);
                } else if (block instanceof BriefingBlock.Text t) {
                    run(document.createParagraph(), t.text(), 11, false);
                } else if (block instanceof BriefingBlock.Table t) {
                    table(document, t.headers(), t.rows());
                } else if (block instanceof BriefingBlock.Bars b) {
                    bars(document, b);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the briefing DOCX", e);
        }
    }

    private static void bars(XWPFDocument document, BriefingBlock.Bars b) {
        long max = Math.max(1, b.max());
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < b.labels().size(); i++) {
            long value = b.values().get(i);
            rows.add(List.of(b.labels().get(i), "▇".repeat((int) Math.round((double) value / max * BAR_WIDTH)),
                    String.valueOf(value)));
        }
        table(document, null, rows);
    }

    private static void table(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        int columns = headers != null ? headers.size() : rows.get(0).size();
        XWPFTable table = document.createTable(rows.size() + (headers == null ? 0 : 1), columns);
        int r = 0;
        if (headers != null) {
            fill(table.getRow(r++), headers, true);
        }
        for (List<String> row : rows) {
            fill(table.getRow(r++), row, false);
        }
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int c = 0; c < values.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            run(p, values.get(c), 10, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    }
}
