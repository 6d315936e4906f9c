package org.qianliyan.nlp.sentiment;

import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.Token;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained polarity model: multinomial naive Bayes over word unigrams and adjacent-word bigrams (so 不_好 is a
 * feature), with binary counts per document. Immutable and thread-safe once loaded.
 *
 * <p>File format (UTF-8 text): a header line {@code qianliyan-sentiment-nb 1}, a line
 * {@code prior <log-odds>}, a line {@code unseen <log P(f|neg)> <log P(f|pos)>}, then one line per feature
 * {@code <feature>\t<log P(f|neg)>\t<log P(f|pos)>}.
 */
public final class SentimentModel {

    static final String HEADER = "qianliyan-sentiment-nb 1";

    private final double priorLogOdds;
    private final Map<String, float[]> logLikelihoods;

    SentimentModel(double priorLogOdds, Map<String, float[]> logLikelihoods) {
        this.priorLogOdds = priorLogOdds;
        this.logLikelihoods = logLikelihoods;
    }

    /**
     * @param tokens segmented text
     * @return P(positive), 0..1
     */
    public double positiveProbability(List<Token> tokens) {
        double logOdds = priorLogOdds;
        for (String feature : features(tokens)) {
            float[] ll = logLikelihoods.get(feature);
            if (ll != null) {
                logOdds += ll[1] - ll[0];
            }
        }
        return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, logOdds))));
    }

    /** @return number of features */
    public int size() {
        return logLikelihoods.size();
    }

    static List<String> features(List<Token> tokens) {
        List<String> features = new ArrayList<>(tokens.size() * 2);
        String previous = null;
        for (Token t : tokens) {
            if (t.punctuation()) {
                previous = null;
                continue;
            }
            features.add(t.word());
            if (previous != null) {
                features.add(previous + "_" + t.word());
            }
            previous = t.word();
        }
        return features.stream().distinct().toList();
    }

    /**
     * @param file where to write the model; parent directories are created
     * @throws NlpException when it cannot be written
     */
    public void write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(HEADER + "\n");
                w.write("prior " + priorLogOdds + "\n");
                for (Map.Entry<String, float[]> e : logLikelihoods.entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
                }
            }
        } catch (IOException e) {
            throw new NlpException("cannot write sentiment model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file a file written by {@link #write(Path)}
     * @return the model
     * @throws NlpException when the file is missing or malformed
     */
    public static SentimentModel read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine())) {
                throw new NlpException(file + " is not a sentiment model (header must be '" + HEADER + "')");
            }
            String prior = r.readLine();
            if (prior == null || !prior.startsWith("prior ")) {
                throw new NlpException(file + ": second line must be 'prior <log-odds>'");
            }
            Map<String, float[]> map = new HashMap<>();
            String line;
            int lineNumber = 2;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new NlpException(file + " line " + lineNumber + ": expected 3 tab-separated fields");
                }
                map.put(parts[0], new float[]{Float.parseFloat(parts[1]), Float.parseFloat(parts[2])});
            }
            return new SentimentModel(Double.parseDouble(prior.substring(6)), map);
        } catch (IOException | NumberFormatException e) {
            throw new NlpException("cannot read sentiment model " + file + ": " + e.getMessage(), e);
        }
    }
}
