package org.qianliyan.nlp.support;

import java.nio.file.Path;

import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.CsvFacilitySource;
import org.qianliyan.testkit.Fixtures;
import org.qianliyan.testkit.PublicDataExcerpts;

/** Analyzers over a real plant list, built once per test JVM (building one takes about a second). */
public final class Analyzers {

    private static TextAnalyzer overExcerpt;
    private static TextAnalyzer overAllPlants;

    private Analyzers() {
    }

    /** @return an analyzer over the committed excerpt of 13 real plants: for unit tests */
    public static synchronized TextAnalyzer overPlantExcerpt() {
        if (overExcerpt == null) {
            overExcerpt = over(PublicDataExcerpts.ljgkPlants());
        }
        return overExcerpt;
    }

    /** @return an analyzer over all 1,007 plants in ../shared: for evaluations, which skip without it */
    public static synchronized TextAnalyzer overAllPlants() {
        if (overAllPlants == null) {
            overAllPlants = over(Fixtures.shared("data/ljgk-plants/incinerator_plants_ljgk_2024-05.csv"));
        }
        return overAllPlants;
    }

    private static TextAnalyzer over(Path plants) {
        return new TextAnalyzer(NlpSettings.defaults(), new CsvFacilitySource(plants));
    }
}
