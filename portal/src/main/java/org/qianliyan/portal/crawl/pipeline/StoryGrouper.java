package org.qianliyan.portal.crawl.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.nlp.dedup.SimHash;
import org.qianliyan.portal.crawl.pipeline.PostIndex.StoredPost;

/**
 * Finds the story a new post belongs to: the closest post within the SimHash threshold, among
 * those sharing a band in the index and those this process wrote in the last moments (which
 * a near-real-time search may not show yet). A post near none starts a story of its own.
 */
final class StoryGrouper {

    private static final int RECENT = 10_000;

    private final SimHash simHash;
    private final PostIndex posts;
    private final Map<String, StoredPost> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoredPost> eldest) {
            return size() > RECENT;
        }
    };

    StoryGrouper(SimHash simHash, PostIndex posts) {
        this.simHash = simHash;
        this.posts = posts;
    }

    /** @return the story id of the nearest earlier post, or empty for a new story */
    Optional<String> storyOf(String postId, long fingerprint, List<String> bands) {
        if (fingerprint == 0L) {
            return Optional.empty();
        }
        List<StoredPost> candidates = new ArrayList<>(posts.sharingBands(bands));
        synchronized (recent) {
            candidates.addAll(recent.values());
        }
        StoredPost best = null;
        for (StoredPost c : candidates) {
            if (c.id().equals(postId) || c.simHash() == 0L || !simHash.nearDuplicate(c.simHash(), fingerprint)) {
                continue;
            }
            if (best == null || SimHash.hammingDistance(c.simHash(), fingerprint) < SimHash.hammingDistance(best.simHash(), fingerprint)) {
                best = c;
            }
        }
        return Optional.ofNullable(best).map(StoredPost::storyId);
    }

    /** Remembers a post just written. */
    void remember(StoredPost post) {
        synchronized (recent) {
            recent.put(post.id(), post);
        }
    }
}
