package org.qianliyan.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.Token;
import org.qianliyan.nlp.segment.DomainDictionary;
import org.qianliyan.nlp.segment.Segmenter;
import org.qianliyan.nlp.segment.TextNormalizer;
import org.qianliyan.nlp.sentiment.LabelledText;
import org.qianliyan.nlp.sentiment.SentimentClassifier;
import org.qianliyan.nlp.sentiment.SentimentLabel;
import org.qianliyan.nlp.sentiment.SentimentLexicon;
import org.qianliyan.nlp.sentiment.SentimentModel;
import org.qianliyan.nlp.sentiment.SentimentTrainer;
import org.qianliyan.nlp.support.EnvTexts;
import org.qianliyan.testkit.Fixtures;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentiment out of domain (held-out fifth of the reviews) and in domain (305 real environment texts labelled by
 * us); prints the figures recorded in docs/nlp/EVALUATION.md and fails when they fall below sane floors.
 */
class SentimentEvaluationTest {

    private static final Segmenter SEGMENTER = new Segmenter(DomainDictionary.load(List.of(), List.of()));
    private static final SentimentLexicon LEXICON = SentimentLexicon.load();
    private static SentimentModel model;
    private static List<LabelledText> heldOut;

    /** Once per class, but before each test, so a missing data set skips (or fails) each test visibly. */
    @BeforeEach
    void trainOnFourFifthsOfTheReviews() {
        if (model != null) {
            return;
        }
        List<LabelledText> all = SentimentTrainer.readDirectory(Fixtures.shared("data/sentiment-reviews"));
        List<LabelledText> train = new ArrayList<>();
        heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 0 ? heldOut : train).add(all.get(i));
        }
        model = new SentimentTrainer(NlpSettings.defaults()).train(train);
        System.out.println("SENTIMENT model trained on " + train.size() + " reviews, " + model.size() + " features");
    }

    private static List<Token> tokens(String text) {
        return SEGMENTER.segment(TextNormalizer.normalize(text));
    }

    private static SentimentLabel modelOnly(List<Token> tokens) {
        double p = model.positiveProbability(tokens);
        return p >= 0.5 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }

    @Test
    void reviews_held_out_fifth_is_classified_well_by_the_trained_model() {
        Confusion modelOnly = new Confusion(EnumSet.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE));
        Confusion lexicon = new Confusion(EnumSet.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE));
        Confusion combined = new Confusion(EnumSet.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE));
        SentimentClassifier lexiconOnly = new SentimentClassifier(LEXICON, Optional.empty());
        SentimentClassifier both = new SentimentClassifier(LEXICON, Optional.of(model));
        for (LabelledText example : heldOut) {
            SentimentLabel gold = example.positive() ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            List<Token> tokens = tokens(example.text());
            modelOnly.add(gold, modelOnly(tokens));
            lexicon.add(gold, lexiconOnly.classify(tokens).label());
            combined.add(gold, both.classify(tokens).label());
        }
        System.out.println("SENTIMENT reviews held-out, model only:    " + modelOnly);
        System.out.println("SENTIMENT reviews held-out, lexicon only:  " + lexicon + " (NEUTRAL counts as wrong)");
        System.out.println("SENTIMENT reviews held-out, lexicon+model: " + combined + " (NEUTRAL counts as wrong)");
        assertThat(modelOnly.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(modelOnly.macroF1()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void real_environment_texts_labelled_by_us_are_classified_above_the_majority_baseline() {
        List<String[]> rows = LabelledLines.read("sentiment-envtext.tsv", 2);
        JsonNode sa = EnvTexts.sentimentIntensity();
        EnumSet<SentimentLabel> three = EnumSet.allOf(SentimentLabel.class);
        // indices 0..149 were used to extend the lexicon and choose the length damping; 150..304 were not
        Confusion[] lexicon = {new Confusion(three), new Confusion(three)};
        Confusion[] combined = {new Confusion(three), new Confusion(three)};
        Confusion[] modelOnly = {new Confusion(three), new Confusion(three)};
        Confusion[] majority = {new Confusion(three), new Confusion(three)};
        SentimentClassifier lexiconOnly = new SentimentClassifier(LEXICON, Optional.empty());
        SentimentClassifier both = new SentimentClassifier(LEXICON, Optional.of(model));
        for (String[] row : rows) {
            int half = Integer.parseInt(row[0].substring(row[0].lastIndexOf('/') + 1)) < 150 ? 0 : 1;
            SentimentLabel gold = SentimentLabel.valueOf(row[1]);
            List<Token> tokens = tokens(EnvTexts.resolve(row[0], sa, null));
            lexicon[half].add(gold, lexiconOnly.classify(tokens).label());
            combined[half].add(gold, both.classify(tokens).label());
            modelOnly[half].add(gold, modelOnly(tokens));
            majority[half].add(gold, SentimentLabel.NEUTRAL);
        }
        String[] names = {"dev 0..149 ", "test 150..304"};
        for (int half = 0; half < 2; half++) {
            System.out.println("SENTIMENT in-domain " + names[half] + ", majority (NEUTRAL): " + majority[half]);
            System.out.println("SENTIMENT in-domain " + names[half] + ", model only:         " + modelOnly[half]);
            System.out.println("SENTIMENT in-domain " + names[half] + ", lexicon only:       " + lexicon[half]);
            System.out.println("SENTIMENT in-domain " + names[half] + ", lexicon+model:      " + combined[half]);
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(lexicon[1].macroF1()).isGreaterThan(majority[1].macroF1() + 0.15);
        assertThat(combined[1].macroF1()).isGreaterThan(majority[1].macroF1() + 0.15);
    }
}
