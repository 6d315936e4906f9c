package org.qianliyan.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.nlp.link.FacilityLink;
import org.qianliyan.nlp.sentiment.SentimentLabel;
import org.qianliyan.nlp.support.Analyzers;
import org.qianliyan.nlp.topic.Topic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextAnalyzerTest {

    private static final String COMPLAINT =
            "金乡盛运半夜偷排黑烟，刺鼻的臭味把我们小区的人都熏醒了，已经打12369投诉，联系电话13812345678";

    private final TextAnalyzer analyzer = Analyzers.overPlantExcerpt();

    @Test
    void index_and_query_segmentation_agree_across_width_case_and_script() {
        assertThat(analyzer.segmentForIndex("垃圾焚燒廠排放ＰＭ２．５超標"))
                .isEqualTo(analyzer.segmentForIndex("垃圾焚烧厂排放pm2.5超标"))
                .contains("垃圾焚烧厂", "超标");
    }

    @Test
    void no_token_or_keyword_carries_a_phone_id_number_mail_or_plate() {
        String text = "举报人张三，电话+86 139-8765-4321，座机0531-88886666，身份证370828199001011234（校验位错也要遮），"
                + "旧证370828900101123，邮箱zhangsan@example.com，车牌鲁H12345，微博@环保小卫士，焚烧厂偷排黑烟偷排黑烟";
        AnalysisResult result = analyzer.analyze(text);

        List<String> words = new ArrayList<>(result.tokens().stream().map(Token::word).toList());
        words.addAll(result.keywords().stream().map(k -> k.word()).toList());
        for (String piece : List.of("8765", "4321", "88886666", "6666", "19900101", "1234", "0101123", "zhangsan",
                "example", "12345", "环保小卫士")) {
            assertThat(words).as(piece).noneMatch(w -> w.contains(piece));
            assertThat(result.maskedText()).as(piece).doesNotContain(piece);
        }
        assertThat(result.keywords()).extracting(k -> k.word()).contains("偷排");
    }

    @Test
    void domain_vocabulary_stays_whole() {
        assertThat(analyzer.segmentForIndex("焚烧炉偷排二噁英，渗滤液直排入河"))
                .contains("焚烧炉", "偷排", "二噁英", "渗滤液", "直排");
    }

    @Test
    void a_citizen_complaint_about_a_plant_is_analysed_end_to_end() {
        AnalysisResult result = analyzer.analyze(COMPLAINT);

        assertThat(result.facilities()).extracting(FacilityLink::name).containsExactly("金乡盛运环保电力有限公司");
        FacilityLink link = result.facilities().get(0);
        assertThat(COMPLAINT.substring(link.span().start(), link.span().end())).isEqualTo("金乡盛运");
        assertThat(link.confidence()).isBetween(0.5, 1.0);
        assertThat(result.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(result.topics()).contains(Topic.AIR, Topic.ODOUR);
        assertThat(result.complaint().complaint()).isTrue();
        assertThat(result.maskedText()).hasSameSizeAs(COMPLAINT).contains("138********").doesNotContain("13812345678");
        assertThat(result.keywords()).extracting(k -> k.word()).contains("偷排");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void a_positive_report_in_traditional_characters_is_positive_and_not_a_complaint() {
        AnalysisResult result = analyzer.analyze("治理之後環境質量明顯好轉，藍天白雲又回來了，空氣清新，感謝環保部門");
        assertThat(result.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(result.complaint().complaint()).isFalse();
        assertThat(result.places()).as("白云 in 蓝天白云 is not the district 白云区").isEmpty();
    }

    @Test
    void the_result_serialises_to_json_and_back_unchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        AnalysisResult result = analyzer.analyze(COMPLAINT);
        String json = mapper.writeValueAsString(result);
        assertThat(json).contains("\"sentiment\"", "\"facilities\"", "\"maskedText\"", "\"simHash\"");
        assertThat(mapper.readValue(json, AnalysisResult.class)).isEqualTo(result);
    }

    @Test
    void empty_text_gives_an_empty_neutral_result() {
        AnalysisResult result = analyzer.analyze("");
        assertThat(result.tokens()).isEmpty();
        assertThat(result.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(result.topics()).containsExactly(Topic.OTHER);
        assertThat(result.simHash()).isZero();
    }

    @Test
    void null_text_is_a_clear_error() {
        assertThatThrownBy(() -> analyzer.analyze(null)).isInstanceOf(NlpException.class).hasMessageContaining("null");
    }

    @Test
    void a_one_megabyte_text_is_truncated_and_analysed_within_a_bounded_time() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append(COMPLAINT).append('\n');
        }
        AnalysisResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> analyzer.analyze(big.toString()));
        assertThat(result.truncated()).isTrue();
        assertThat(result.analysedLength()).isEqualTo(NlpSettings.DEFAULT_MAX_TEXT_LENGTH);
        assertThat(result.maskedText()).hasSize(NlpSettings.DEFAULT_MAX_TEXT_LENGTH);
    }

    @Test
    void binary_garbage_emoji_and_broken_surrogates_give_a_result() {
        Random random = new Random(42);
        char[] garbage = new char[5_000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (char) random.nextInt(0x10000);
        }
        String mixed = new String(garbage) + "\u0000\uD83D 😷😷 垃圾焚烧厂 ☢️ Привет مرحبا 🏭💨";
        AnalysisResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(mixed));
        assertThat(result.analysedLength()).isEqualTo(mixed.length());
        assertThat(result.maskedText()).hasSameSizeAs(mixed);
        assertThat(result.tokens()).allSatisfy(t -> assertThat(t.word()).doesNotContain("\u0000"));
    }

    @Test
    void truncation_never_splits_an_emoji() {
        TextAnalyzer small = new TextAnalyzer(NlpSettings.defaults().withMaxTextLength(3),
                org.qianliyan.nlp.link.FacilitySource.none());
        AnalysisResult result = small.analyze("臭臭😷臭");
        assertThat(result.truncated()).isTrue();
        assertThat(result.analysedLength()).isEqualTo(2);
    }

    @Test
    void concurrent_analyses_agree_with_sequential_ones() throws Exception {
        List<String> texts = List.of(COMPLAINT, "西宁深能湟水的噪音太吵了，晚上睡不着", "河水发黑，死鱼漂在水面上", "今天天气不错");
        List<AnalysisResult> expected = texts.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalysisResult>> futures = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> analyzer.analyze(text)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void an_extra_dictionary_from_the_settings_is_used(@TempDir Path folder) throws Exception {
        // The format of the envText vocabulary (word and frequency per line), with words of our own.
        Path vocabulary = Files.writeString(folder.resolve("vocabulary.txt"), "应对气候变化 215410\n碳达峰 9000\n",
                StandardCharsets.UTF_8);
        TextAnalyzer withVocabulary = new TextAnalyzer(NlpSettings.defaults().withExtraDictionaries(List.of(vocabulary)),
                org.qianliyan.nlp.link.FacilitySource.none());
        assertThat(analyzer.segmentForIndex("我们要应对气候变化")).doesNotContain("应对气候变化");
        assertThat(withVocabulary.segmentForIndex("我们要应对气候变化")).contains("应对气候变化");
    }

    @Test
    void a_missing_extra_dictionary_is_a_clear_error_naming_the_path() {
        NlpSettings settings = NlpSettings.defaults().withExtraDictionaries(List.of(Path.of("no-such-dictionary.txt")));
        assertThatThrownBy(() -> new TextAnalyzer(settings, org.qianliyan.nlp.link.FacilitySource.none()))
                .isInstanceOf(NlpException.class).hasMessageContaining("no-such-dictionary.txt");
    }

    @Test
    void settings_reject_impossible_values() {
        assertThatThrownBy(() -> new NlpSettings(List.of(), null, 65, 100, 5)).isInstanceOf(NlpException.class)
                .hasMessageContaining("simHashThreshold");
        assertThatThrownBy(() -> NlpSettings.defaults().withMaxTextLength(0)).isInstanceOf(NlpException.class);
    }
}
