package org.qianliyan.portal.crawl.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.crawl.frontier.Conflicts;

/** Reads and writes of the {@code posts} index for the pipeline, by deterministic id. */
final class PostIndex {

    /** What the pipeline needs to know of a stored post. */
    record StoredPost(String id, long simHash, String storyId) {
    }

    private static final int CANDIDATES = 50;
    private static final int MAX_ATTEMPTS = 20;

    private final ElasticsearchClient client;
    private final String index;

    PostIndex(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    Optional<StoredPost> get(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id).realtime(true)
                    .sourceIncludes(PostFields.SIMHASH, PostFields.STORY_ID), Map.class);
            return response.found() ? Optional.of(stored(id, response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read post " + id, e);
        }
    }

    /** @return posts sharing at least one SimHash band: the near-duplicate candidates */
    List<StoredPost> sharingBands(List<String> bands) {
        List<FieldValue> values = bands.stream().map(FieldValue::of).toList();
        try {
            List<Hit<Map>> hits = client.search(s -> s.index(index).size(CANDIDATES)
                    .source(src -> src.filter(f -> f.includes(PostFields.SIMHASH, PostFields.STORY_ID)))
                    .query(q -> q.terms(t -> t.field(PostFields.SIMHASH_BANDS).terms(v -> v.value(values)))),
                    Map.class).hits().hits();
            return hits.stream().map(h -> stored(h.id(), h.source())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search posts by SimHash band", e);
        }
    }

    /** @return false when a post with that id exists already */
    boolean create(String id, Map<String, Object> document) {
        try {
            client.create(c -> c.index(index).id(id).document(document));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (Conflicts.isConflict(e)) {
                return false;
            }
            if (e instanceof ElasticsearchException ee) {
                throw ee;
            }
            throw new UncheckedIOException("Cannot create post " + id, (IOException) e);
        }
    }

    /** Replaces the fields of an existing post, keeping its story and spread. */
    void update(String id, Map<String, Object> fields) {
        try {
            client.update(u -> u.index(index).id(id).doc(fields).retryOnConflict(3), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update post " + id, e);
        }
    }

    /**
     * Counts one more repost on the story's first post (gone: nothing to count on). A
     * read-then-conditional-write loop, as the embedded distribution has no scripting.
     */
    void countRepost(String storyId) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                GetResponse<Map> root = client.get(g -> g.index(index).id(storyId).realtime(true)
                        .sourceIncludes(PostFields.REPOST_COUNT), Map.class);
                if (!root.found()) {
                    return;
                }
                Object count = root.source() == null ? null : root.source().get(PostFields.REPOST_COUNT);
                int next = (count instanceof Number n ? n.intValue() : 0) + 1;
                client.update(u -> u.index(index).id(storyId).doc(Map.of(PostFields.REPOST_COUNT, next))
                        .ifSeqNo(root.seqNo()).ifPrimaryTerm(root.primaryTerm()), Map.class);
                return;
            } catch (ElasticsearchException | IOException e) {
                if (Conflicts.isConflict(e)) {
                    continue;
                }
                if (e instanceof ElasticsearchException ee) {
                    throw ee;
                }
                throw new UncheckedIOException("Cannot count a repost of story " + storyId, (IOException) e);
            }
        }
        throw new IllegalStateException("Story " + storyId + " changed " + MAX_ATTEMPTS + " times while counting a repost");
    }

    private static StoredPost stored(String id, Map<?, ?> source) {
        Object hash = source == null ? null : source.get(PostFields.SIMHASH);
        Object story = source == null ? null : source.get(PostFields.STORY_ID);
        return new StoredPost(id, hash instanceof Number n ? n.longValue() : 0L, story == null ? id : story.toString());
    }
}
