package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.Token;

import java.util.List;
import java.util.Optional;

/**
 * Decides a text's {@link Sentiment} from the lexicon and, when one was trained, the model. The lexicon is
 * complaint-aware and carries the in-domain signal; the model (trained on general reviews) only adds a small
 * vote, and decides alone only when the lexicon has seen nothing and the model is confident: on our in-domain set
 * a review-trained model does worse than the lexicon (docs/nlp/EVALUATION.md). Thread-safe.
 */
public final class SentimentClassifier {

    /** Scores within ±this are NEUTRAL. */
    static final double NEUTRAL_BAND = 0.3;
    private static final double MODEL_WEIGHT = 0.1;
    /** Long texts pile up sentiment words; the lexicon sum is damped by their length. */
    private static final double LENGTH_DAMPING = 0.02;

    private final SentimentLexicon lexicon;
    private final SentimentModel model;

    /**
     * @param lexicon the lexicon
     * @param model   optional trained model
     */
    public SentimentClassifier(SentimentLexicon lexicon, Optional<SentimentModel> model) {
        this.lexicon = lexicon;
        this.model = model.orElse(null);
    }

    /** @return whether a trained model takes part */
    public boolean usesModel() {
        return model != null;
    }

    /**
     * @param tokens segmented, normalised text
     * @return label and score in -1..1
     */
    public Sentiment classify(List<Token> tokens) {
        SentimentLexicon.LexiconScore lex = lexicon.score(tokens);
        double lexScore = Math.tanh(lex.sum() / (2 + LENGTH_DAMPING * tokens.size()));
        if (model == null) {
            return of(lexScore, "lexicon");
        }
        double modelScore = 2 * model.positiveProbability(tokens) - 1;
        if (lex.hits() == 0) {
            return of(modelScore * 0.35, "model");
        }
        return of((1 - MODEL_WEIGHT) * lexScore + MODEL_WEIGHT * modelScore, "lexicon+model");
    }

    private static Sentiment of(double score, String source) {
        SentimentLabel label = score > NEUTRAL_BAND ? SentimentLabel.POSITIVE
                : score < -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new Sentiment(label, Math.round(score * 1000) / 1000.0, source);
    }
}
