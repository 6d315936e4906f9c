package org.qianliyan.nlp.hotwords;

import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.NlpException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HotWordsTest {

    private static List<List<String>> docs(int count, List<String> words) {
        List<List<String>> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(words);
        }
        return docs;
    }

    @Test
    void a_word_that_surges_in_the_window_ranks_first_with_a_significant_score() {
        List<List<String>> background = new ArrayList<>(docs(500, List.of("空气", "质量", "今天", "天气")));
        background.addAll(docs(5, List.of("臭味", "空气")));
        List<List<String>> window = new ArrayList<>(docs(40, List.of("空气", "今天", "天气")));
        window.addAll(docs(30, List.of("臭味", "焚烧厂", "空气")));

        List<HotWord> hot = new HotWords(3).rising(window, background, 5);

        assertThat(hot).extracting(HotWord::word).startsWith("焚烧厂", "臭味").doesNotContain("空气", "今天");
        assertThat(hot.get(0).score()).isGreaterThan(10.83);
        assertThat(hot.get(1).windowCount()).isEqualTo(30);
        assertThat(hot.get(1).backgroundCount()).isEqualTo(5);
    }

    @Test
    void repeating_a_word_in_one_document_does_not_make_it_hot() {
        List<List<String>> window = new ArrayList<>(docs(20, List.of("天气")));
        window.add(java.util.Collections.nCopies(500, "刷屏"));
        assertThat(new HotWords(3).rising(window, docs(100, List.of("天气")), 5))
                .extracting(HotWord::word).doesNotContain("刷屏");
    }

    @Test
    void the_minimum_document_count_must_be_positive() {
        assertThatThrownBy(() -> new HotWords(0)).isInstanceOf(NlpException.class);
    }
}
