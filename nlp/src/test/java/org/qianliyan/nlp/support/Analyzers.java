package org.qianliyan.nlp.support;

import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.CsvFacilitySource;

/** One analyzer over the real plant list per test JVM (building it takes about a second). */
public final class Analyzers {

    private static TextAnalyzer withPlants;

    private Analyzers() {
    }

    /** @return the shared analyzer; the calling test is skipped when the plant list is absent */
    public static synchronized TextAnalyzer withRealPlants() {
        if (withPlants == null) {
            withPlants = new TextAnalyzer(NlpSettings.defaults(), new CsvFacilitySource(SharedData.plants()));
        }
        return withPlants;
    }
}
