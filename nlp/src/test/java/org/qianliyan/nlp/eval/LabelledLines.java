package org.qianliyan.nlp.eval;

import org.qianliyan.nlp.NlpException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated evaluation files under {@code eval/} on the test class path; {@code #} lines are comments. */
final class LabelledLines {

    private LabelledLines() {
    }

    static List<String[]> read(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LabelledLines.class.getResourceAsStream("/eval/" + resource)) {
            if (in == null) {
                throw new NlpException("missing eval resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", columns);
                if (parts.length != columns) {
                    throw new NlpException(resource + " line " + number + ": expected " + columns + " columns");
                }
                rows.add(parts);
            }
        } catch (IOException e) {
            throw new NlpException("cannot read " + resource, e);
        }
        return rows;
    }
}
