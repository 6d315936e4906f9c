package org.qianliyan.portal.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.NlpAnalyze;
import org.springframework.beans.factory.ObjectProvider;

/** {@code nlp analyze}: text on standard input, the full analysis as JSON on standard output. */
class NlpAnalyzeCommand implements CliCommand<NlpAnalyze> {

    /** Reading stops here; the analyzer itself truncates at its own, smaller limit. */
    private static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

    private final ObjectProvider<TextAnalyzer> analyzer;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);

    NlpAnalyzeCommand(ObjectProvider<TextAnalyzer> analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Class<NlpAnalyze> options() {
        return NlpAnalyze.class;
    }

    @Override
    public int run(NlpAnalyze options, CliStreams io) throws IOException {
        byte[] input = io.in().readNBytes(MAX_INPUT_BYTES + 1);
        if (input.length > MAX_INPUT_BYTES) {
            throw new CliUsageException("input is larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
        }
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new CliUsageException("standard input is empty; give the text to analyse");
        }
        AnalysisResult result = analyzer.getObject().analyze(text);
        io.out().println(json.writeValueAsString(result));
        return 0;
    }
}
