package org.qianliyan.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.nlp.support.Analyzers;
import org.qianliyan.nlp.support.EnvTexts;
import org.qianliyan.nlp.topic.Topic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facility linking, topics and complaint detection against our hand-labelled sets; prints the figures recorded in
 * docs/nlp/EVALUATION.md and fails when they fall below sane floors.
 */
class LinkingEvaluationTest {

    private final TextAnalyzer analyzer = Analyzers.overAllPlants();

    private static Set<String> names(String column) {
        return column.equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(column.split("\\|")));
    }

    private Set<String> predicted(AnalysisResult result) {
        return result.facilities().stream().map(FacilityLink::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void score(Set<String> gold, Set<String> predicted, Counts counts) {
        for (String p : predicted) {
            if (gold.contains(p)) {
                counts.truePositives++;
            } else {
                counts.falsePositives++;
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                counts.falseNegatives++;
            }
        }
    }

    @Test
    void linking_on_complaints_written_by_us_reaches_its_floors() {
        List<String[]> rows = LabelledLines.read("linking-written.tsv", 4);
        Counts counts = new Counts();
        for (String[] row : rows) {
            Set<String> gold = names(row[0]);
            Set<String> got = predicted(analyzer.analyze(row[3]));
            score(gold, got, counts);
            if (!gold.equals(got)) {
                System.out.println("  linking miss: gold=" + gold + " got=" + got + " | " + row[3]);
            }
        }
        System.out.println("LINKING written-by-us, " + rows.size() + " sentences: " + counts);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(counts.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(counts.recall()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void linking_on_real_environment_texts_makes_few_false_links() {
        List<String[]> rows = LabelledLines.read("linking-real.tsv", 2);
        JsonNode sa = EnvTexts.sentimentIntensity();
        JsonNode cls = EnvTexts.isClimate();
        Counts counts = new Counts();
        int textsWithFalseLinks = 0;
        for (String[] row : rows) {
            Set<String> gold = names(row[1]);
            Set<String> got = predicted(analyzer.analyze(EnvTexts.resolve(row[0], sa, cls)));
            int before = counts.falsePositives;
            score(gold, got, counts);
            if (counts.falsePositives > before) {
                textsWithFalseLinks++;
                System.out.println("  real-text false link: " + row[0] + " got=" + got);
            }
        }
        System.out.println("LINKING real texts, " + rows.size() + " texts: " + counts + ", texts with a false link: "
                + textsWithFalseLinks);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(50);
        assertThat(textsWithFalseLinks).isLessThanOrEqualTo(rows.size() / 20);
    }

    @Test
    void topics_and_complaints_on_the_written_set_reach_their_floors() {
        List<String[]> rows = LabelledLines.read("linking-written.tsv", 4);
        Map<Topic, Counts> perTopic = new EnumMap<>(Topic.class);
        Counts micro = new Counts();
        Counts complaint = new Counts();
        int exact = 0;
        int complaintCorrect = 0;
        for (String[] row : rows) {
            Set<Topic> gold = EnumSet.noneOf(Topic.class);
            for (String t : row[1].split(",")) {
                gold.add(Topic.valueOf(t.strip()));
            }
            AnalysisResult result = analyzer.analyze(row[3]);
            Set<Topic> got = result.topics();
            // SOLID_WASTE is implied by any incineration plant; we count it only where labelled
            for (Topic topic : Topic.values()) {
                Counts c = perTopic.computeIfAbsent(topic, k -> new Counts());
                boolean g = gold.contains(topic);
                boolean p = got.contains(topic);
                if (g && p) {
                    c.truePositives++;
                    micro.truePositives++;
                } else if (p) {
                    c.falsePositives++;
                    micro.falsePositives++;
                } else if (g) {
                    c.falseNegatives++;
                    micro.falseNegatives++;
                }
            }
            if (gold.equals(got)) {
                exact++;
            }
            boolean goldComplaint = row[2].equals("1");
            boolean gotComplaint = result.complaint().complaint();
            complaintCorrect += goldComplaint == gotComplaint ? 1 : 0;
            if (goldComplaint && gotComplaint) {
                complaint.truePositives++;
            } else if (gotComplaint) {
                complaint.falsePositives++;
                System.out.println("  complaint false positive: " + row[3]);
            } else if (goldComplaint) {
                complaint.falseNegatives++;
                System.out.println("  complaint missed (" + result.complaint().score() + "): " + row[3]);
            }
        }
        System.out.printf("TOPICS written-by-us, %d texts: exact-set accuracy %.3f, micro %s%n", rows.size(),
                (double) exact / rows.size(), micro);
        perTopic.forEach((topic, c) -> System.out.println("  " + topic + " " + c));
        System.out.printf("COMPLAINT written-by-us: accuracy %.3f, %s%n", (double) complaintCorrect / rows.size(),
                complaint);
        assertThat(micro.f1()).isGreaterThanOrEqualTo(0.5);
        assertThat((double) complaintCorrect / rows.size()).isGreaterThanOrEqualTo(0.75);
    }
}
