package org.qianliyan.nlp.sentiment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qianliyan.nlp.NlpException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled CSV files: a header naming a {@code label} column (1/0, pos/neg, positive/negative) and a
 * {@code review} or {@code text} column, in UTF-8 with or without a byte-order mark, in Commons CSV's RFC 4180
 * format (quoted commas, line breaks and doubled quotes; LF or CRLF), as in ChnSentiCorp and waimai_10k and as the
 * portal's staff corrections export writes it. Rows with an empty text are skipped.
 */
public final class ReviewCsv {

    private ReviewCsv() {
    }

    /**
     * @param file a CSV file
     * @return its examples in file order
     * @throws NlpException when the file is not CSV, the header lacks the columns or a label is not recognised
     */
    public static List<LabelledText> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(withoutByteOrderMark(reader), CSVFormat.RFC4180)) {
            return examples(file, csv);
        } catch (IOException e) {
            throw new NlpException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // Commons CSV's record iterator: the cause names the line, e.g. "(startline 3) EOF reached before ..."
            throw new NlpException("cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static List<LabelledText> examples(Path file, CSVParser csv) {
        List<LabelledText> examples = new ArrayList<>();
        int label = -1;
        int text = -1;
        for (CSVRecord record : csv) {
            if (record.getRecordNumber() == 1) {
                List<String> header = record.stream().map(h -> h.strip().toLowerCase()).toList();
                label = header.indexOf("label");
                text = header.indexOf("review") >= 0 ? header.indexOf("review") : header.indexOf("text");
                if (label < 0 || text < 0) {
                    throw new NlpException(file + ": header must name label and review (or text) columns, was " + header);
                }
            } else if (record.size() > Math.max(label, text) && !record.get(text).isBlank()) {
                examples.add(new LabelledText(positive(record.get(label), file, record.getRecordNumber()), record.get(text)));
            }
        }
        return examples;
    }

    private static BufferedReader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static boolean positive(String label, Path file, long row) {
        return switch (label.strip().toLowerCase()) {
            case "1", "pos", "positive" -> true;
            case "0", "neg", "negative" -> false;
            default -> throw new NlpException(file + " row " + row + ": unknown label '" + label + "'");
        };
    }
}
