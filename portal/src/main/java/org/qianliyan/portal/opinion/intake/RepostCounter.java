package org.qianliyan.portal.opinion.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.opinion.intake.PostIndex.CountOutcome;
import org.qianliyan.portal.opinion.intake.PostIndex.StoryCount;
import org.qianliyan.portal.opinion.intake.PostIndex.Version;

/**
 * Counts new reposts on their stories' first posts: each story's count plus its new reposts,
 * written conditionally on the version the count was at, so a count is never added twice nor
 * lost to a concurrent writer (another worker thread or crawl process). The count and version
 * come from this process's own last write when it knows them ({@link KnownStoryCounts}), from
 * a real-time read otherwise and after a conflict; a story changed meanwhile goes again.
 */
final class RepostCounter {

    /** As many stories as {@link StoryGrouper} remembers recent posts: about 2 MB. */
    private static final int KNOWN_STORIES = 10_000;
    private static final int MAX_ATTEMPTS = 20;

    private final PostIndex posts;
    private final KnownStoryCounts known = new KnownStoryCounts(KNOWN_STORIES);

    RepostCounter(PostIndex posts) {
        this.posts = posts;
    }

    /** A post created as the first of its own story: no reposts yet, at the version its create left it. */
    void started(String storyId, Version version) {
        known.remember(storyId, new StoryCount(0, version));
    }

    /** A stored post written again (a recrawl): its count is whatever it was, its version is new. */
    void rewritten(String postId) {
        known.forget(postId);
    }

    /**
     * @param reposts new reposts per story id; a story whose first post is gone has nothing to count on
     * @throws IllegalStateException when a story kept changing, or Elasticsearch refused a count
     */
    void count(Map<String, Integer> reposts) {
        Map<String, Integer> pending = new HashMap<>(reposts);
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
            Map<String, StoryCount> counts = known.of(pending.keySet());
            List<String> unknown = pending.keySet().stream().filter(id -> !counts.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                counts.putAll(posts.storyCounts(unknown));
            }
            pending.keySet().retainAll(counts.keySet());
            if (pending.isEmpty()) {
                return;
            }
            CountOutcome outcome = posts.addReposts(pending, counts);
            outcome.written().forEach((storyId, count) -> {
                known.remember(storyId, count);
                pending.remove(storyId);
            });
            outcome.conflicted().forEach(storyId -> known.forget(storyId, counts.get(storyId)));
            outcome.gone().forEach(storyId -> {
                known.forget(storyId);
                pending.remove(storyId);
            });
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("Stories " + pending.keySet() + " changed " + MAX_ATTEMPTS + " times while counting reposts");
        }
    }
}
