package org.qianliyan.portal.opinion.briefing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A briefing as PDF with OpenPDF. Chinese is set in Adobe's STSong-Light CID font with the
 * UniGB-UCS2-H encoding, both bundled in OpenPDF: the reader supplies the glyphs, so the file
 * stays small and no font file ships with the portal. Bars are table cells of proportional width.
 */
public final class BriefingPdf {

    private static final Color BAR = new Color(0x15, 0x65, 0xc0);
    private static final Color HEADER = new Color(0xec, 0xef, 0xf1);

    private BriefingPdf() {
    }

    public static byte[] of(List<BriefingBlock> blocks, String title) {
        try {
            BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font body = new Font(chinese, 10.5f);
            Font h1 = new Font(chinese, 18, Font.BOLD);
            Font h2 = new Font(chinese, 13, Font.BOLD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 48, 48, 48, 48);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            for (BriefingBlock block : blocks) {
                if (block instanceof BriefingBlock.Heading h) {
                    Paragraph p = new Paragraph(h.text(), h.level() == 1 ? h1 : h2);
                    p.setSpacingBefore(h.level() == 1 ? 0 : 12);
                    p.setSpacingAfter(6);
                    document.add(p);
                } else if (block instanceof BriefingBlock.Text t) {
                    document.add(new Paragraph(t.text(), body));
                } else if (block instanceof BriefingBlock.Table t) {
                    document.add(table(t, body));
                } else if (block instanceof BriefingBlock.Bars b) {
                    document.add(bars(b, body));
                }
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot write the briefing PDF", e);
        }
    }

    private static PdfPTable table(BriefingBlock.Table t, Font font) {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        for (String header : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            row.forEach(value -> table.addCell(new Phrase(value, font)));
        }
        table.setSpacingAfter(6);
        return table;
    }

    private static PdfPTable bars(BriefingBlock.Bars b, Font font) {
        PdfPTable table = new PdfPTable(new float[] {2, 6, 1});
        table.setWidthPercentage(100);
        long max = Math.max(1, b.max());
        for (int i = 0; i < b.labels().size(); i++) {
            long value = b.values().get(i);
            table.addCell(borderless(new PdfPCell(new Phrase(b.labels().get(i), font))));
            // Two cells sharing the row in proportion to the value; a zero-width column is not allowed.
            float filled = Math.max(0.001f, (float) value / max);
            PdfPTable bar = new PdfPTable(new float[] {filled, Math.max(0.001f, 1 - filled)});
            PdfPCell full = borderless(new PdfPCell(new Phrase(" ", font)));
            full.setBackgroundColor(value == 0 ? Color.WHITE : BAR);
            bar.addCell(full);
            bar.addCell(borderless(new PdfPCell(new Phrase(" ", font))));
            PdfPCell barCell = borderless(new PdfPCell(bar));
            barCell.setPadding(2);
            table.addCell(barCell);
            PdfPCell count = borderless(new PdfPCell(new Phrase(String.valueOf(value), font)));
            count.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(count);
        }
        table.setSpacingAfter(6);
        return table;
    }

    private static PdfPCell borderless(PdfPCell cell) {
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }
}
