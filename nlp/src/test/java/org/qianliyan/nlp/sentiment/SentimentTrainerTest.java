package org.qianliyan.nlp.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentimentTrainerTest {

    private static final String CSV = """
            label,review
            1,"服务热情,房间干净,很满意"
            1,味道好极了，送餐很快
            1,"环境优美，""推荐""入住"
            1,干净卫生，非常满意
            0,"房间很脏,
            隔音差，失望"
            0,送餐太慢，饭菜凉了
            0,难吃，再也不点了
            0,房间脏，服务差
            0,
            """;

    @TempDir
    Path dir;

    @Test
    void quoted_commas_newlines_and_doubled_quotes_are_parsed_and_empty_reviews_skipped() throws IOException {
        Files.writeString(dir.resolve("reviews.csv"), CSV, StandardCharsets.UTF_8);
        List<LabelledText> examples = ReviewCsv.read(dir.resolve("reviews.csv"));
        assertThat(examples).hasSize(8);
        assertThat(examples.get(0).text()).isEqualTo("服务热情,房间干净,很满意");
        assertThat(examples.get(2).text()).isEqualTo("环境优美，\"推荐\"入住");
        assertThat(examples.get(4).text()).contains("\n").startsWith("房间很脏");
        assertThat(examples.get(4).positive()).isFalse();
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_as_the_portal_exports_them_are_read() throws IOException {
        Files.writeString(dir.resolve("staff-sentiment.csv"),
                "\uFEFFlabel,text\r\n1,\"服务热情,很满意\"\r\n0,\"房间很脏\r\n失望\"\r\n", StandardCharsets.UTF_8);
        List<LabelledText> examples = ReviewCsv.read(dir.resolve("staff-sentiment.csv"));
        assertThat(examples).extracting(LabelledText::text).containsExactly("服务热情,很满意", "房间很脏\r\n失望");
        assertThat(examples).extracting(LabelledText::positive).containsExactly(true, false);
    }

    @Test
    void a_quoted_field_never_closed_is_a_clear_error_naming_file_and_line() throws IOException {
        Files.writeString(dir.resolve("broken.csv"), "label,text\n1,好\n0,\"没有结束\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReviewCsv.read(dir.resolve("broken.csv"))).isInstanceOf(NlpException.class)
                .hasMessageContaining("broken.csv").hasMessageContaining("startline 3");
    }

    @Test
    void a_trained_model_is_written_and_then_used_by_the_analyzer() throws IOException {
        Files.writeString(dir.resolve("reviews.csv"), CSV, StandardCharsets.UTF_8);
        Path model = dir.resolve("models/sentiment.model");

        SentimentTrainer.TrainingReport report = new SentimentTrainer(NlpSettings.defaults()).train(dir, model);

        assertThat(report.examples()).isEqualTo(8);
        assertThat(report.positives()).isEqualTo(4);
        assertThat(model).isRegularFile();
        SentimentModel read = SentimentModel.read(model);
        assertThat(read.size()).isEqualTo(report.features());
        TextAnalyzer analyzer = new TextAnalyzer(NlpSettings.defaults().withSentimentModel(model), FacilitySource.none());
        assertThat(analyzer.analyze("房间脏").sentiment().source()).contains("model");
        assertThat(new TextAnalyzer(NlpSettings.defaults().withSentimentModel(dir.resolve("absent.model")),
                FacilitySource.none()).analyze("房间脏").sentiment().source()).isEqualTo("lexicon");
    }

    @Test
    void a_csv_without_the_needed_columns_is_a_clear_error() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "score,comment\n1,好\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SentimentTrainer(NlpSettings.defaults()).train(dir, dir.resolve("m")))
                .isInstanceOf(NlpException.class).hasMessageContaining("bad.csv").hasMessageContaining("label");
    }

    @Test
    void a_file_that_is_not_a_model_is_rejected() throws IOException {
        Path notAModel = Files.writeString(dir.resolve("x.model"), "hello\n");
        assertThatThrownBy(() -> SentimentModel.read(notAModel)).isInstanceOf(NlpException.class)
                .hasMessageContaining("not a sentiment model");
    }
}
