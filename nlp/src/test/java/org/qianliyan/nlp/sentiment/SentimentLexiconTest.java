package org.qianliyan.nlp.sentiment;

import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.Token;
import org.qianliyan.nlp.segment.DomainDictionary;
import org.qianliyan.nlp.segment.Segmenter;
import org.qianliyan.nlp.segment.TextNormalizer;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentLexiconTest {

    private static final Segmenter SEGMENTER = new Segmenter(DomainDictionary.load(List.of(), List.of()));
    private final SentimentLexicon lexicon = SentimentLexicon.load();
    private final SentimentClassifier classifier = new SentimentClassifier(lexicon, Optional.empty());

    private static List<Token> tokens(String text) {
        return SEGMENTER.segment(TextNormalizer.normalize(text));
    }

    @Test
    void complaint_vocabulary_is_strongly_negative() {
        for (String text : List.of("工厂偷排废水", "晚上一股刺鼻的味道", "烟囱冒黑烟", "投诉无门")) {
            assertThat(classifier.classify(tokens(text)).label()).as(text).isEqualTo(SentimentLabel.NEGATIVE);
        }
    }

    @Test
    void negation_flips_a_sentiment_word() {
        assertThat(lexicon.score(tokens("味道很臭")).sum()).isNegative();
        assertThat(lexicon.score(tokens("现在已经不臭了")).sum()).isPositive();
        assertThat(lexicon.score(tokens("处理得不好")).sum()).isNegative();
    }

    @Test
    void degree_words_strengthen_and_weaken() {
        double plain = lexicon.score(tokens("臭")).sum();
        assertThat(lexicon.score(tokens("非常臭")).sum()).isLessThan(plain);
        assertThat(lexicon.score(tokens("有点臭")).sum()).isGreaterThan(plain).isNegative();
    }

    @Test
    void negation_does_not_cross_a_clause_boundary() {
        assertThat(lexicon.score(tokens("不知道为什么，很臭")).sum())
                .isEqualTo(lexicon.score(tokens("很臭")).sum());
    }

    @Test
    void text_without_sentiment_words_is_neutral() {
        Sentiment sentiment = classifier.classify(tokens("该厂共有三台焚烧炉，日处理能力一千吨"));
        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(sentiment.score()).isZero();
    }
}
