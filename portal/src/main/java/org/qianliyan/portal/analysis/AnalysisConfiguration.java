package org.qianliyan.portal.analysis;

import java.nio.file.Path;

import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.nlp.sentiment.SentimentTrainer;
import org.qianliyan.portal.config.QianliyanProperties;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;

/**
 * The analysis feature's beans, all declared here (the nlp module knows no Spring): the one
 * {@link TextAnalyzer} of the portal, linking to the facilities in the index, and the
 * {@code nlp} commands.
 */
@Configuration
class AnalysisConfiguration {

    @Bean
    NlpSettings nlpSettings(NlpProperties properties, QianliyanProperties portal) {
        return new NlpSettings(properties.extraDictionaries(), sentimentModelPath(properties, portal),
                properties.simHashThreshold(), properties.maxTextLength(), 8);
    }

    /** Lazy: building the gazetteer reads every facility, which one-shot commands such as imports don't need. */
    @Bean
    @Lazy
    TextAnalyzer textAnalyzer(NlpSettings settings, FacilitySource facilities) {
        return new TextAnalyzer(settings, facilities);
    }

    /** Not in one-shot commands, which end after their import. */
    @Bean
    @Profile("!cli")
    FacilitiesReload facilitiesReload(ObjectProvider<TextAnalyzer> analyzer) {
        return new FacilitiesReload(analyzer);
    }

    @Bean
    SentimentTrainer sentimentTrainer(NlpSettings settings) {
        return new SentimentTrainer(settings);
    }

    @Bean
    FacilitySource indexedFacilities(FacilityLookup facilities) {
        return new IndexedFacilities(facilities);
    }

    @Bean
    NlpAnalyzeCommand nlpAnalyzeCommand(ObjectProvider<TextAnalyzer> analyzer) {
        return new NlpAnalyzeCommand(analyzer);
    }

    @Bean
    NlpTrainCommand nlpTrainCommand(SentimentTrainer trainer, NlpSettings settings) {
        return new NlpTrainCommand(trainer, settings);
    }

    static Path sentimentModelPath(NlpProperties properties, QianliyanProperties portal) {
        Path model = properties.sentimentModel();
        return model.isAbsolute() ? model : portal.dataDir().resolve(model);
    }
}
