package org.qianliyan.portal.opinion.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.qianliyan.portal.crawl.frontier.Conflicts;
import org.qianliyan.portal.crawl.frontier.UrlIds;

/**
 * Reads and writes of the {@code posts} index for the pipeline, by deterministic id, a batch
 * of posts per request: one {@code _mget}, one {@code _msearch}, one {@code _bulk}.
 */
final class PostIndex {

    /** What the pipeline needs to know of a stored post. */
    record StoredPost(String id, long simHash, String storyId) {
    }

    /** A post to write: created when new, or its fields replaced when it exists (keeping story and spread). */
    record PostWrite(String id, Map<String, Object> fields, boolean create) {
    }

    /** The version a write left a post at: what a later conditional write ({@code if_seq_no}, {@code if_primary_term}) names. */
    record Version(long seqNo, long primaryTerm) {

        static Version of(BulkResponseItem item) {
            return new Version(item.seqNo(), item.primaryTerm());
        }

        boolean newerThan(Version other) {
            return primaryTerm != other.primaryTerm ? primaryTerm > other.primaryTerm : seqNo > other.seqNo;
        }
    }

    /** A story's first post as the repost counting knows it: its count at a version. */
    record StoryCount(int reposts, Version version) {
    }

    /**
     * What a bulk write did, per post.
     *
     * @param written    posts written, with the version they are at now
     * @param conflicted posts to create that exist already (another process wrote them first): write them again as updates
     * @param failed     posts not written, with Elasticsearch's reason
     */
    record WriteOutcome(Map<String, Version> written, Set<String> conflicted, Map<String, String> failed) {
    }

    /**
     * What adding reposts did, per story.
     *
     * @param written    stories whose count was written: the count and version they are at now
     * @param conflicted stories changed since the known version
     * @param gone       stories whose first post is gone: nothing to count on
     */
    record CountOutcome(Map<String, StoryCount> written, Set<String> conflicted, Set<String> gone) {
    }

    private static final int CANDIDATES = 50;
    private static final int NOT_FOUND = 404;
    private static final String NO_STORED_FIELDS = "_none_";

    private final ElasticsearchClient client;
    private final String index;

    PostIndex(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** @return the stored posts among {@code ids}, by id (a real-time read: a post written a moment ago is found) */
    @SuppressWarnings("rawtypes")
    Map<String, StoredPost> stored(List<String> ids) {
        try {
            Map<String, StoredPost> found = new HashMap<>();
            for (MultiGetResponseItem<Map> item : client.mget(m -> m.index(index).ids(ids).realtime(true)
                    .sourceIncludes(PostFields.SIMHASH, PostFields.STORY_ID), Map.class).docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Cannot read post " + item.failure().id() + ": " + item.failure().error().reason());
                }
                if (item.result().found()) {
                    found.put(item.result().id(), stored(item.result().id(), item.result().source()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ids.size() + " posts", e);
        }
    }

    /** @return per band list, the posts sharing at least one of its SimHash bands: the near-duplicate candidates */
    @SuppressWarnings("rawtypes")
    List<List<StoredPost>> sharingBands(List<List<String>> bandLists) {
        if (bandLists.isEmpty()) {
            return List.of();
        }
        List<RequestItem> searches = new ArrayList<>(bandLists.size());
        for (List<String> bands : bandLists) {
            List<FieldValue> values = bands.stream().map(FieldValue::of).toList();
            // Doc values only, no stored fields (not even _id, which is derived from the canonical URL): reading
            // a candidate's stored fields decompresses its whole stored post, which cost more than the search.
            searches.add(RequestItem.of(r -> r.header(h -> h.index(index)).body(b -> b.size(CANDIDATES)
                    .storedFields(NO_STORED_FIELDS)
                    .docvalueFields(docValue(PostFields.CANONICAL_URL), docValue(PostFields.SIMHASH), docValue(PostFields.STORY_ID))
                    .query(q -> q.terms(t -> t.field(PostFields.SIMHASH_BANDS).terms(v -> v.value(values)))))));
        }
        try {
            List<List<StoredPost>> candidates = new ArrayList<>(bandLists.size());
            for (MultiSearchResponseItem<Map> item : client.msearch(m -> m.searches(searches), Map.class).responses()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Cannot search posts by SimHash band: " + item.failure().error().reason());
                }
                List<Hit<Map>> hits = item.result().hits().hits();
                candidates.add(hits.stream().map(h -> fromDocValues(h.fields())).toList());
            }
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search posts by SimHash band", e);
        }
    }

    /** Writes the posts in one {@code _bulk}; each post's result is its own. */
    WriteOutcome write(List<PostWrite> writes) {
        List<BulkOperation> operations = new ArrayList<>(writes.size());
        for (PostWrite w : writes) {
            operations.add(w.create()
                    ? BulkOperation.of(op -> op.create(c -> c.index(index).id(w.id()).document(w.fields())))
                    : BulkOperation.of(op -> op.update(u -> u.index(index).id(w.id()).retryOnConflict(3)
                            .action(a -> a.doc(w.fields())))));
        }
        BulkResponse response = bulk(operations);
        Map<String, Version> written = new HashMap<>();
        Set<String> conflicted = new HashSet<>();
        Map<String, String> failed = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null) {
                written.put(writes.get(i).id(), Version.of(item));
            } else if (writes.get(i).create() && Conflicts.isConflict(item)) {
                conflicted.add(writes.get(i).id());
            } else {
                failed.put(writes.get(i).id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return new WriteOutcome(written, conflicted, failed);
    }

    /**
     * @return the repost count and version of the stories' first posts, by story id; a story whose
     *         first post is gone is absent (a real-time read: it refreshes the shard when one of them
     *         changed since the last refresh, which is why {@link RepostCounter} reads only what it does not know)
     */
    @SuppressWarnings("rawtypes")
    Map<String, StoryCount> storyCounts(List<String> storyIds) {
        try {
            Map<String, StoryCount> counts = new HashMap<>();
            for (MultiGetResponseItem<Map> item : client.mget(m -> m.index(index).ids(storyIds).realtime(true)
                    .sourceIncludes(PostFields.REPOST_COUNT), Map.class).docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Cannot read story " + item.failure().id() + ": " + item.failure().error().reason());
                }
                GetResult<Map> root = item.result();
                if (root.found()) {
                    Object count = root.source() == null ? null : root.source().get(PostFields.REPOST_COUNT);
                    counts.put(root.id(), new StoryCount(count instanceof Number n ? n.intValue() : 0,
                            new Version(root.seqNo(), root.primaryTerm())));
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stories of new reposts", e);
        }
    }

    /**
     * Adds reposts to the stories' counts in one {@code _bulk}: each story's known count plus its new
     * reposts, written only if its first post is still at the known version (the embedded
     * distribution has no scripting to add in place).
     *
     * @param added new reposts per story id
     * @param known each of those stories' count and the version it was at
     */
    CountOutcome addReposts(Map<String, Integer> added, Map<String, StoryCount> known) {
        List<BulkOperation> updates = new ArrayList<>(added.size());
        Map<String, Integer> next = new HashMap<>();
        added.forEach((storyId, reposts) -> {
            StoryCount was = known.get(storyId);
            next.put(storyId, was.reposts() + reposts);
            updates.add(BulkOperation.of(op -> op.update(u -> u.index(index).id(storyId)
                    .ifSeqNo(was.version().seqNo()).ifPrimaryTerm(was.version().primaryTerm())
                    .action(a -> a.doc(Map.of(PostFields.REPOST_COUNT, next.get(storyId)))))));
        });
        Map<String, StoryCount> written = new HashMap<>();
        Set<String> conflicted = new HashSet<>();
        Set<String> gone = new HashSet<>();
        for (BulkResponseItem item : bulk(updates).items()) {
            if (item.error() == null) {
                written.put(item.id(), new StoryCount(next.get(item.id()), Version.of(item)));
            } else if (Conflicts.isConflict(item)) {
                conflicted.add(item.id());
            } else if (item.status() == NOT_FOUND) {
                gone.add(item.id());
            } else {
                throw new IllegalStateException("Cannot count a repost of story " + item.id() + ": " + item.error().reason());
            }
        }
        return new CountOutcome(written, conflicted, gone);
    }

    private BulkResponse bulk(List<BulkOperation> operations) {
        try {
            return client.bulk(b -> b.operations(operations));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + operations.size() + " posts", e);
        }
    }

    private static FieldAndFormat docValue(String field) {
        return FieldAndFormat.of(f -> f.field(field));
    }

    private static StoredPost fromDocValues(Map<String, JsonData> fields) {
        String id = UrlIds.of(first(fields, PostFields.CANONICAL_URL).toString());
        Object hash = first(fields, PostFields.SIMHASH);
        Object story = first(fields, PostFields.STORY_ID);
        return new StoredPost(id, hash instanceof Number n ? n.longValue() : 0L, story == null ? id : story.toString());
    }

    private static Object first(Map<String, JsonData> fields, String field) {
        List<?> values = fields.containsKey(field) ? fields.get(field).to(List.class) : List.of();
        return values.isEmpty() ? null : values.get(0);
    }

    private static StoredPost stored(String id, Map<?, ?> source) {
        Object hash = source == null ? null : source.get(PostFields.SIMHASH);
        Object story = source == null ? null : source.get(PostFields.STORY_ID);
        return new StoredPost(id, hash instanceof Number n ? n.longValue() : 0L, story == null ? id : story.toString());
    }
}
