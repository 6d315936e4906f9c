package org.qianliyan.portal.opinion.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qianliyan.portal.opinion.intake.PostIndex.StoryCount;

/**
 * The repost counts this process wrote last, per story, with the version each first post was
 * left at, so the next count is written conditionally on that version without reading the post
 * back first (one real-time {@code _mget} fewer for most batches that count). Only a hint: another process, a recrawl or a review may have changed the post
 * since, and then the conditional write fails and the counting reads it. Bounded to the stories
 * used last; shared by the crawler's worker threads.
 */
final class KnownStoryCounts {

    private final Map<String, StoryCount> counts;

    KnownStoryCounts(int capacity) {
        this.counts = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoryCount> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return what is known of those stories, by story id */
    synchronized Map<String, StoryCount> of(Collection<String> storyIds) {
        Map<String, StoryCount> known = new HashMap<>();
        for (String storyId : storyIds) {
            StoryCount count = counts.get(storyId);
            if (count != null) {
                known.put(storyId, count);
            }
        }
        return known;
    }

    /** Remembers a count just written, unless a later version of the story is known already (another thread's). */
    synchronized void remember(String storyId, StoryCount count) {
        counts.merge(storyId, count, (known, written) -> written.version().newerThan(known.version()) ? written : known);
    }

    /** Forgets a story whose first post was changed by a write that does not tell its count. */
    synchronized void forget(String storyId) {
        counts.remove(storyId);
    }

    /** Forgets a count found stale, unless another thread has replaced it meanwhile. */
    synchronized void forget(String storyId, StoryCount stale) {
        counts.remove(storyId, stale);
    }
}
