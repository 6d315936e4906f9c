package org.qianliyan.portal.opinion.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.nlp.dedup.SimHash;
import org.qianliyan.portal.opinion.intake.PostIndex.StoredPost;

/**
 * Finds the story a new post belongs to: the closest post within the SimHash threshold, among
 * those sharing a band in the index and those this process wrote in the last moments (which
 * a near-real-time search may not show yet, or earlier in the same batch). A post near none
 * starts a story of its own.
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

    /** A post created now, looking for its story. */
    record NewPost(String id, long simHash, List<String> bands) {
    }

    /**
     * @param newPosts posts about to be created, in order
     * @return per post, the story id of the nearest earlier post (in the index, written by this
     *         process a moment ago, or earlier in {@code newPosts}), or empty for a new story
     */
    List<Optional<String>> storiesOf(List<NewPost> newPosts) {
        List<NewPost> fingerprinted = newPosts.stream().filter(p -> p.simHash() != 0L).toList();
        List<List<StoredPost>> indexed = posts.sharingBands(fingerprinted.stream().map(NewPost::bands).toList());
        List<StoredPost> earlier;
        synchronized (recent) {
            earlier = new ArrayList<>(recent.values());
        }
        List<Optional<String>> stories = new ArrayList<>(newPosts.size());
        int searched = 0;
        for (NewPost post : newPosts) {
            if (post.simHash() == 0L) {
                stories.add(Optional.empty());
                continue;
            }
            Optional<String> story = nearest(post, indexed.get(searched++), earlier);
            stories.add(story);
            earlier.add(new StoredPost(post.id(), post.simHash(), story.orElse(post.id())));
        }
        return stories;
    }

    private Optional<String> nearest(NewPost post, List<StoredPost> indexed, List<StoredPost> earlier) {
        StoredPost best = null;
        for (List<StoredPost> candidates : List.of(indexed, earlier)) {
            for (StoredPost c : candidates) {
                if (c.id().equals(post.id()) || c.simHash() == 0L || !simHash.nearDuplicate(c.simHash(), post.simHash())) {
                    continue;
                }
                if (best == null || SimHash.hammingDistance(c.simHash(), post.simHash())
                        < SimHash.hammingDistance(best.simHash(), post.simHash())) {
                    best = c;
                }
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
