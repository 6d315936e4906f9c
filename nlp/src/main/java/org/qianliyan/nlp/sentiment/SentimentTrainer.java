package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.Token;
import org.qianliyan.nlp.segment.DomainDictionary;
import org.qianliyan.nlp.segment.Segmenter;
import org.qianliyan.nlp.segment.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Trains a {@link SentimentModel} from labelled CSV files ({@link ReviewCsv}) and writes it where the analyzer
 * will find it ({@link NlpSettings#sentimentModel()}).
 *
 * <pre>{@code
 * SentimentTrainer trainer = new SentimentTrainer(NlpSettings.defaults());
 * TrainingReport report = trainer.train(Path.of("data/sentiment-reviews"), Path.of("data/nlp/sentiment.model"));
 * }</pre>
 */
public final class SentimentTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);
    private static final int MIN_COUNT = 2;

    private final Segmenter segmenter;

    /** @param settings supplies the extra dictionaries, so training and analysis segment alike */
    public SentimentTrainer(NlpSettings settings) {
        this.segmenter = new Segmenter(DomainDictionary.load(settings.extraDictionaries(), List.of()));
    }

    /**
     * @param directory directory of {@code *.csv} files
     * @param modelFile where to write the model
     * @return what was trained
     * @throws NlpException when the directory holds no usable CSV or the model cannot be written
     */
    public TrainingReport train(Path directory, Path modelFile) {
        List<LabelledText> examples = readDirectory(directory);
        SentimentModel model = train(examples);
        model.write(modelFile);
        long positives = examples.stream().filter(LabelledText::positive).count();
        LOG.info("Trained sentiment model on {} examples ({} positive), {} features, written to {}",
                examples.size(), positives, model.size(), modelFile);
        return new TrainingReport(examples.size(), (int) positives, model.size(), modelFile);
    }

    /**
     * @param directory directory of {@code *.csv} files
     * @return all examples, files in name order
     */
    public static List<LabelledText> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new NlpException("not a directory: " + directory);
        }
        List<LabelledText> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                examples.addAll(ReviewCsv.read(csv));
            }
        } catch (IOException e) {
            throw new NlpException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        if (examples.isEmpty()) {
            throw new NlpException("no labelled examples in " + directory + " (expected *.csv with label,review)");
        }
        return examples;
    }

    /**
     * @param examples labelled texts, both classes present
     * @return the trained model (not written anywhere)
     */
    public SentimentModel train(List<LabelledText> examples) {
        Map<String, int[]> counts = new HashMap<>();
        int[] docs = new int[2];
        long[] totals = new long[2];
        for (LabelledText example : examples) {
            int cls = example.positive() ? 1 : 0;
            docs[cls]++;
            for (String feature : SentimentModel.features(tokens(example.text()))) {
                counts.computeIfAbsent(feature, k -> new int[2])[cls]++;
            }
        }
        if (docs[0] == 0 || docs[1] == 0) {
            throw new NlpException("training needs both classes, got " + docs[0] + " negative and "
                    + docs[1] + " positive examples");
        }
        counts.values().removeIf(c -> c[0] + c[1] < MIN_COUNT);
        for (int[] c : counts.values()) {
            totals[0] += c[0];
            totals[1] += c[1];
        }
        int vocabulary = counts.size();
        Map<String, float[]> ll = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            ll.put(e.getKey(), new float[]{
                    (float) Math.log((c[0] + 1.0) / (totals[0] + vocabulary)),
                    (float) Math.log((c[1] + 1.0) / (totals[1] + vocabulary))});
        }
        return new SentimentModel(Math.log((double) docs[1] / docs[0]), ll);
    }

    private List<Token> tokens(String text) {
        return segmenter.segment(TextNormalizer.normalize(text));
    }

    /**
     * What a training run produced.
     *
     * @param examples  examples used
     * @param positives of which positive
     * @param features  features in the model
     * @param modelFile where it was written
     */
    public record TrainingReport(int examples, int positives, int features, Path modelFile) {
    }
}
