package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.NlpException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled CSV files: a header naming a {@code label} column (1/0, pos/neg, positive/negative) and a
 * {@code review} or {@code text} column, RFC 4180 quoting (quoted commas, newlines and doubled quotes), as in
 * ChnSentiCorp and waimai_10k. Rows with an empty text are skipped.
 */
public final class ReviewCsv {

    private ReviewCsv() {
    }

    /**
     * @param file a CSV file
     * @return its examples in file order
     * @throws NlpException when the header lacks the columns or a label is not recognised
     */
    public static List<LabelledText> read(Path file) {
        List<List<String>> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = parse(reader);
        } catch (IOException e) {
            throw new NlpException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase()).toList();
        int label = header.indexOf("label");
        int text = header.indexOf("review") >= 0 ? header.indexOf("review") : header.indexOf("text");
        if (label < 0 || text < 0) {
            throw new NlpException(file + ": header must name label and review (or text) columns, was " + header);
        }
        List<LabelledText> examples = new ArrayList<>(rows.size());
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() <= Math.max(label, text) || row.get(text).isBlank()) {
                continue;
            }
            examples.add(new LabelledText(positive(row.get(label), file, i + 1), row.get(text)));
        }
        return examples;
    }

    private static boolean positive(String label, Path file, int row) {
        return switch (label.strip().toLowerCase()) {
            case "1", "pos", "positive" -> true;
            case "0", "neg", "negative" -> false;
            default -> throw new NlpException(file + " row " + row + ": unknown label '" + label + "'");
        };
    }

    static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        reader.reset();
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
