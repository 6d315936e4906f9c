package org.qianliyan.portal.opinion.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.opinion.intake.PostIndex.StoryCount;
import org.qianliyan.portal.opinion.intake.PostIndex.Version;

class KnownStoryCountsTest {

    @Test
    void a_count_written_at_an_earlier_version_does_not_replace_a_later_one() {
        KnownStoryCounts known = new KnownStoryCounts(10);
        StoryCount later = new StoryCount(7, new Version(12, 1));
        known.remember("story", later);
        known.remember("story", new StoryCount(6, new Version(11, 1)));

        assertThat(known.of(List.of("story"))).containsEntry("story", later);

        StoryCount newTerm = new StoryCount(8, new Version(3, 2));
        known.remember("story", newTerm);
        assertThat(known.of(List.of("story"))).as("a new primary term is later whatever its sequence number")
                .containsEntry("story", newTerm);
    }

    @Test
    void a_stale_count_is_forgotten_only_while_no_other_thread_replaced_it() {
        KnownStoryCounts known = new KnownStoryCounts(10);
        StoryCount stale = new StoryCount(1, new Version(5, 1));
        known.remember("story", stale);
        known.remember("story", new StoryCount(2, new Version(6, 1)));

        known.forget("story", stale);
        assertThat(known.of(List.of("story"))).containsKey("story");

        known.forget("story");
        assertThat(known.of(List.of("story"))).isEmpty();
    }

    @Test
    void beyond_its_capacity_it_forgets_the_story_used_least_recently() {
        KnownStoryCounts known = new KnownStoryCounts(2);
        known.remember("a", new StoryCount(1, new Version(1, 1)));
        known.remember("b", new StoryCount(1, new Version(2, 1)));
        known.of(List.of("a"));
        known.remember("c", new StoryCount(1, new Version(3, 1)));

        assertThat(known.of(List.of("a", "b", "c"))).containsOnlyKeys("a", "c");
    }
}
