package org.qianliyan.nlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.nlp.sentiment.SentimentTrainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code nlp} sub-commands of the portal's command line (DESIGN §10), ready for its dispatcher to delegate to:
 * {@code nlp analyze} (text on standard input, JSON on standard output) and {@code nlp train --sentiment DIR}
 * (model written to the settings' model path). Exit codes: 0 success, 2 bad input (reason on stderr), 1 other
 * failure.
 *
 * <pre>{@code
 * int code = new NlpCommand(settings, facilitySource).run(args, System.in, System.out, System.err);
 * }</pre>
 */
public final class NlpCommand {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for any failure that is not the caller's input. */
    public static final int FAILURE = 1;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    private static final String USAGE = "usage: nlp analyze < text | nlp train --sentiment DIR";

    private final NlpSettings settings;
    private final FacilitySource facilities;

    /**
     * @param settings   settings; {@code sentimentModel()} is where {@code train} writes and {@code analyze} reads
     * @param facilities facilities to link against in {@code analyze}
     */
    public NlpCommand(NlpSettings settings, FacilitySource facilities) {
        this.settings = settings;
        this.facilities = facilities;
    }

    /**
     * @param args the arguments after {@code nlp}
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("analyze")) {
            return analyze(in, out, err);
        }
        if (args.length == 3 && args[0].equals("train") && args[1].equals("--sentiment")) {
            return train(Path.of(args[2]), out, err);
        }
        err.println(USAGE);
        return BAD_INPUT;
    }

    private int analyze(InputStream in, PrintStream out, PrintStream err) {
        String text;
        try {
            text = new String(in.readNBytes(4 * settings.maxTextLength() + 4), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read standard input: " + e.getMessage());
            return FAILURE;
        }
        try {
            AnalysisResult result = new TextAnalyzer(settings, facilities).analyze(text);
            out.println(new ObjectMapper().writeValueAsString(result));
            return OK;
        } catch (NlpException | IOException e) {
            err.println("nlp analyze failed: " + e.getMessage());
            return FAILURE;
        }
    }

    private int train(Path directory, PrintStream out, PrintStream err) {
        if (settings.sentimentModel() == null) {
            err.println("no sentiment model path configured");
            return FAILURE;
        }
        try {
            SentimentTrainer.TrainingReport report = new SentimentTrainer(settings).train(directory,
                    settings.sentimentModel());
            out.printf("trained on %d examples (%d positive), %d features, model written to %s%n", report.examples(),
                    report.positives(), report.features(), report.modelFile());
            return OK;
        } catch (NlpException e) {
            err.println("nlp train failed: " + e.getMessage());
            return BAD_INPUT;
        }
    }
}
