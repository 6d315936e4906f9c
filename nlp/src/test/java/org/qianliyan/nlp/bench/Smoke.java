package org.qianliyan.nlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.CsvFacilitySource;

import java.nio.file.Path;

/** Prints the JSON analysis of each argument; a quick manual check. */
public final class Smoke {
    private Smoke() {
    }

    /** @param args shared dir, then texts */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        TextAnalyzer a = new TextAnalyzer(NlpSettings.defaults(),
                new CsvFacilitySource(Path.of(args[0], "data/ljgk-plants/incinerator_plants_ljgk_2024-05.csv")));
        System.out.println("built in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        ObjectMapper m = new ObjectMapper();
        for (int i = 1; i < args.length; i++) {
            System.out.println(m.writeValueAsString(a.analyze(args[i])));
            System.out.println(a.segmentForIndex(args[i]));
        }
    }
}
