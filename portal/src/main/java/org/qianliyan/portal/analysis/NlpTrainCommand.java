package org.qianliyan.portal.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.sentiment.SentimentTrainer;
import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.springframework.stereotype.Component;

/**
 * {@code nlp train --sentiment DIR}: trains the sentiment model from the CSV files in DIR
 * (label and text columns) and writes it where the portal loads it on its next start.
 */
@Component
class NlpTrainCommand implements CliCommand {

    private final SentimentTrainer trainer;
    private final NlpSettings settings;

    NlpTrainCommand(SentimentTrainer trainer, NlpSettings settings) {
        this.trainer = trainer;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "nlp train";
    }

    @Override
    public String usage() {
        return "nlp train --sentiment DIR";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) {
        CliArguments parsed = CliArguments.parse(arguments, Set.of("sentiment"), Set.of());
        Path directory = parsed.option("sentiment").map(Path::of)
                .orElseThrow(() -> new CliUsageException("--sentiment DIR is required"));
        if (!Files.isDirectory(directory)) {
            throw new CliUsageException("--sentiment: not a directory: " + directory.toAbsolutePath());
        }
        try {
            SentimentTrainer.TrainingReport report = trainer.train(directory, settings.sentimentModel());
            io.out().printf("trained on %d examples (%d positive), %d features; model written to %s%n",
                    report.examples(), report.positives(), report.features(), report.modelFile().toAbsolutePath());
            return 0;
        } catch (NlpException badData) {
            throw new CliUsageException(badData.getMessage());
        }
    }
}
