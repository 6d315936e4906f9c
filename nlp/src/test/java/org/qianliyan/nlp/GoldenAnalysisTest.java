package org.qianliyan.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.nlp.link.PlaceLink;
import org.qianliyan.nlp.support.Analyzers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** Inputs and expected outputs in {@code golden/analyze.json}, against the committed excerpt of the real plant list. */
class GoldenAnalysisTest {

    private final TextAnalyzer analyzer = Analyzers.overPlantExcerpt();

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    @Test
    void golden_texts_give_the_expected_links_topics_sentiment_complaint_and_masking() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/golden/analyze.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        assertThat(cases.size()).isGreaterThanOrEqualTo(5);
        assertSoftly(softly -> cases.forEach(c -> {
            String text = c.path("text").asText();
            AnalysisResult r = analyzer.analyze(text);
            softly.assertThat(r.facilities()).as("facilities of %s", text).extracting(FacilityLink::name)
                    .containsExactlyElementsOf(strings(c.path("facilities")));
            softly.assertThat(r.places()).as("places of %s", text).extracting(PlaceLink::surface)
                    .containsExactlyElementsOf(strings(c.path("places")));
            softly.assertThat(r.topics()).as("topics of %s", text).extracting(Enum::name)
                    .containsExactlyInAnyOrderElementsOf(strings(c.path("topics")));
            softly.assertThat(r.sentiment().label().name()).as("sentiment of %s", text)
                    .isEqualTo(c.path("sentiment").asText());
            softly.assertThat(r.complaint().complaint()).as("complaint of %s", text)
                    .isEqualTo(c.path("complaint").asBoolean());
            softly.assertThat(r.maskedText()).as("masked %s", text).isEqualTo(c.path("maskedText").asText());
        }));
    }
}
