package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.testkit.Fixtures;
import org.qianliyan.crawler.source.SourceKind;

/**
 * The generic article extractor measured on 56 real pages it was not written for
 * ({@code ../shared/fixtures/news-pages-dev}) against hand labels
 * ({@code eval/news-pages-dev-labels.tsv}, see the README beside it). Skipped when
 * {@code ../shared} is absent.
 *
 * <p>Title: equal after removing all white space. Publish time: equal to the minute in Beijing
 * time, or to the day (and flagged date-only) when the label is a date. Body: F1 of the
 * character bigrams (white space removed, counted as multisets) of the extracted text against
 * the reference text, which is the page's visible text from the labelled first sentence to the
 * labelled last sentence; the figure is the mean over pages. Prints a table of every miss; the
 * goals (titles 98 %, publish times 90 %, body F1 0.9) are asserted on the dev half, the held-out
 * half and both.
 */
class ArticleExtractionEvaluationTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long[] EXTRACTION_CPU_NANOS = {0};
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    record Label(String file, String site, String split, String title, String published, String first, String last) {
    }

    record Score(Label label, boolean title, boolean published, double bodyF1, String gotTitle, String gotPublished,
            String gotBodyStart) {
    }

    record Figures(int pages, double titleAccuracy, double publishedAccuracy, double bodyF1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pages: title %.1f %%, publish time %.1f %%, body F1 %.3f", pages,
                    100 * titleAccuracy, 100 * publishedAccuracy, bodyF1);
        }
    }

    @Test
    void the_generic_extractor_meets_the_goals_on_real_pages_it_was_not_written_for() {
        Path dir = Fixtures.shared("fixtures/news-pages-dev/PROVENANCE.txt").getParent();
        List<Score> scores = new ArrayList<>();
        for (Label label : labels()) {
            scores.add(score(label, dir.resolve(label.file())));
        }
        printMisses(scores);
        Figures all = figures(scores, null);
        Figures dev = figures(scores, "dev");
        Figures heldOut = figures(scores, "heldout");
        System.out.println("all      " + all);
        System.out.println("dev      " + dev);
        System.out.println("held-out " + heldOut);
        System.out.printf(Locale.ROOT, "extraction CPU time: %.1f ms per page (parse included)%n",
                EXTRACTION_CPU_NANOS[0] / 1e6 / scores.size());
        for (Figures f : List.of(all, dev, heldOut)) {
            assertThat(f.titleAccuracy()).as("title accuracy, %s", f).isGreaterThanOrEqualTo(0.98);
            assertThat(f.publishedAccuracy()).as("publish time accuracy, %s", f).isGreaterThanOrEqualTo(0.90);
            assertThat(f.bodyF1()).as("mean body F1, %s", f).isGreaterThanOrEqualTo(0.90);
        }
    }

    static Score score(Label label, Path page) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "http://example.com/articles/" + label.file();
        long cpu = THREADS.getCurrentThreadCpuTime();
        CrawledDocument doc = new ArticleExtractor().extract(Pages.page(url, bytes, "text/html"),
                Pages.profile(SourceKind.SITE, "http://example.com/", null, null)).documents().get(0);
        EXTRACTION_CPU_NANOS[0] += THREADS.getCurrentThreadCpuTime() - cpu;
        boolean titleOk = squeeze(doc.title()).equals(squeeze(label.title()));
        String got = doc.publishedAt() == null ? "-"
                : LocalDateTime.ofInstant(doc.publishedAt(), ChineseDates.BEIJING).format(MINUTE)
                        + (doc.publishedDateOnly() ? " (date)" : "");
        boolean dateOnlyLabel = label.published().length() == 10;
        boolean publishedOk = doc.publishedAt() != null && (dateOnlyLabel
                ? doc.publishedDateOnly() && got.startsWith(label.published())
                : !doc.publishedDateOnly() && got.equals(label.published()));
        String reference = reference(bytes, label);
        double f1 = bigramF1(squeeze(doc.text()), reference);
        String start = squeeze(doc.text());
        return new Score(label, titleOk, publishedOk, f1, doc.title(), got, start.substring(0, Math.min(30, start.length())));
    }

    /** The page's visible text, white space removed, from the first labelled sentence to the end of the last. */
    static String reference(byte[] page, Label label) {
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        doc.select("script, style, noscript, template").remove();
        String visible = squeeze(doc.body().text());
        String first = squeeze(label.first());
        String last = squeeze(label.last());
        int start = visible.indexOf(first);
        assertThat(start).as("first sentence of %s on the page", label.file()).isNotNegative();
        int end = visible.indexOf(last, start);
        assertThat(end).as("last sentence of %s on the page", label.file()).isNotNegative();
        return visible.substring(start, end + last.length());
    }

    /** F1 of the character-bigram multisets of two texts. */
    static double bigramF1(String got, String expected) {
        Map<String, Integer> want = bigrams(expected);
        Map<String, Integer> have = bigrams(got);
        int gotCount = Math.max(0, got.length() - 1);
        int expectedCount = Math.max(0, expected.length() - 1);
        if (gotCount == 0 || expectedCount == 0) {
            return gotCount == expectedCount ? 1 : 0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : have.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / gotCount;
        double recall = (double) overlap / expectedCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bigrams(String s) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            counts.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }

    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Figures figures(List<Score> scores, String split) {
        List<Score> chosen = scores.stream().filter(s -> split == null || s.label().split().equals(split)).toList();
        int n = chosen.size();
        return new Figures(n, chosen.stream().filter(Score::title).count() / (double) n,
                chosen.stream().filter(Score::published).count() / (double) n,
                chosen.stream().mapToDouble(Score::bodyF1).sum() / n);
    }

    private static void printMisses(List<Score> scores) {
        System.out.println("| page | split | field | expected | extracted |");
        System.out.println("|---|---|---|---|---|");
        for (Score s : scores) {
            Label l = s.label();
            if (!s.title()) {
                System.out.printf("| %s | %s | title | %s | %s |%n", l.file(), l.split(), l.title(), s.gotTitle());
            }
            if (!s.published()) {
                System.out.printf("| %s | %s | published | %s | %s |%n", l.file(), l.split(), l.published(), s.gotPublished());
            }
            if (s.bodyF1() < 0.9) {
                System.out.printf(Locale.ROOT, "| %s | %s | body F1 %.3f | %s… | %s… |%n", l.file(), l.split(), s.bodyF1(),
                        squeeze(l.first()).substring(0, Math.min(30, squeeze(l.first()).length())), s.gotBodyStart());
            }
        }
    }

    static List<Label> labels() {
        try (InputStream in = ArticleExtractionEvaluationTest.class.getResourceAsStream("/eval/news-pages-dev-labels.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Label> labels = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                labels.add(new Label(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
