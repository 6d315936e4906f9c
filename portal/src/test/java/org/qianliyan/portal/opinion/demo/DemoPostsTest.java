package org.qianliyan.portal.opinion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.portal.opinion.posts.OpinionFilter;

class DemoPostsTest {

    private static final List<DemoPosts.Plant> PLANTS = List.of(
            new DemoPosts.Plant("demo-001", "示例杭州第1垃圾焚烧发电厂（演示数据）", "浙江", "杭州"),
            new DemoPosts.Plant("demo-002", "示例济南第2垃圾焚烧发电厂（演示数据）", "山东", "济南"));
    private static final LocalDate LAST = LocalDate.of(2024, 3, 30);

    private final List<CrawledDocument> posts = new DemoPosts(1).generate(PLANTS, LAST, 30, Instant.now());

    @Test
    void every_post_is_labelled_and_lives_on_an_invalid_host() {
        assertThat(posts).isNotEmpty().allSatisfy(p -> {
            assertThat(p.title()).contains("示例");
            assertThat(p.text()).contains("示例数据");
            assertThat(p.url()).startsWith(DemoPosts.URL_BASE);
        });
        assertThat(posts.stream().map(CrawledDocument::canonicalUrl).distinct().count()).isEqualTo(posts.size());
    }

    @Test
    void several_kinds_and_both_plants_appear() {
        assertThat(posts.stream().map(p -> p.kind().name()).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(3);
        Set<String> mentioned = posts.stream().flatMap(p -> PLANTS.stream().filter(pl -> p.text().contains(pl.name())))
                .map(DemoPosts.Plant::id).collect(Collectors.toSet());
        assertThat(mentioned).containsExactlyInAnyOrder("demo-001", "demo-002");
    }

    @Test
    void the_first_plant_is_talked_about_far_more_in_the_last_days() {
        double before = perDay(PLANTS.get(0), LAST.minusDays(29), LAST.minusDays(DemoPosts.SPIKE_DAYS));
        double spike = perDay(PLANTS.get(0), LAST.minusDays(DemoPosts.SPIKE_DAYS - 1L), LAST);

        assertThat(spike).isGreaterThanOrEqualTo(DemoPosts.SPIKE_PER_DAY).isGreaterThan(2 * before);
    }

    @Test
    void the_same_seed_gives_the_same_posts() {
        List<CrawledDocument> again = new DemoPosts(1).generate(PLANTS, LAST, 30, Instant.now());

        assertThat(again.stream().map(CrawledDocument::text).toList()).isEqualTo(posts.stream().map(CrawledDocument::text).toList());
    }

    private double perDay(DemoPosts.Plant plant, LocalDate from, LocalDate to) {
        long count = posts.stream().filter(p -> p.text().contains(plant.name()))
                .map(p -> p.publishedAt().atZone(OpinionFilter.ZONE).toLocalDate())
                .filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
        return (double) count / (to.toEpochDay() - from.toEpochDay() + 1);
    }
}
