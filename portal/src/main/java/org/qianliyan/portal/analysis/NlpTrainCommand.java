package org.qianliyan.portal.analysis;


import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.sentiment.SentimentTrainer;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.NlpTrain;

/**
 * {@code nlp train --sentiment DIR}: trains the sentiment model from the CSV files in DIR
 * (label and text columns) and writes it where the portal loads it on its next start.
 */
class NlpTrainCommand implements CliCommand<NlpTrain> {

    private final SentimentTrainer trainer;
    private final NlpSettings settings;

    NlpTrainCommand(SentimentTrainer trainer, NlpSettings settings) {
        this.trainer = trainer;
        this.settings = settings;
    }

    @Override
    public Class<NlpTrain> options() {
        return NlpTrain.class;
    }

    @Override
    public int run(NlpTrain options, CliStreams io) {
        try {
            SentimentTrainer.TrainingReport report = trainer.train(options.sentiment, settings.sentimentModel());
            io.out().printf("trained on %d examples (%d positive), %d features; model written to %s%n",
                    report.examples(), report.positives(), report.features(), report.modelFile().toAbsolutePath());
            return 0;
        } catch (NlpException badData) {
            throw new CliUsageException(badData.getMessage());
        }
    }
}
