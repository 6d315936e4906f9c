package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads {@code word [weight]} resource files of this module. */
final class ResourceLines {

    private ResourceLines() {
    }

    static Map<String, Double> weights(String resource, double defaultWeight) {
        Map<String, Double> map = new HashMap<>();
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NlpException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                double weight = parts.length > 1 ? Double.parseDouble(parts[1]) : defaultWeight;
                map.put(TextNormalizer.normalize(parts[0]), weight);
            }
        } catch (IOException | NumberFormatException e) {
            throw new NlpException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return map;
    }
}
