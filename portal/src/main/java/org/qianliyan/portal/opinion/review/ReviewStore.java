package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.qianliyan.portal.crawl.frontier.Conflicts;

/** The {@code post-reviews} index: one document per reviewed post, id = the post's id. */
class ReviewStore {

    /** A stored review with the version it was read at. */
    record Versioned(PostReview review, Long seqNo, Long primaryTerm) {
    }

    private final ElasticsearchClient client;
    private final String index;

    ReviewStore(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    Optional<PostReview> find(String postId) {
        return read(postId).map(Versioned::review);
    }

    /** @return the stored reviews among those of {@code postIds}, by post id (one {@code _mget}) */
    @SuppressWarnings("rawtypes")
    Map<String, PostReview> findAll(List<String> postIds) {
        try {
            Map<String, PostReview> found = new HashMap<>();
            for (MultiGetResponseItem<Map> item : client.mget(m -> m.index(index).ids(postIds), Map.class).docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Cannot read the review of post " + item.failure().id() + ": "
                            + item.failure().error().reason());
                }
                if (item.result().found()) {
                    found.put(item.result().id(), ReviewDocuments.review(item.result().id(), item.result().source()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reviews of " + postIds.size() + " posts", e);
        }
    }

    /** @return the stored review (with its version), or the empty review of an unreviewed post (no version) */
    Versioned readOrNone(String postId) {
        return read(postId).orElseGet(() -> new Versioned(PostReview.none(postId), null, null));
    }

    /**
     * Writes the review if nobody wrote it since {@code read}.
     *
     * @return false on a concurrent change (read again and retry)
     */
    boolean write(Versioned read, PostReview review, List<String> facilities, List<String> topics, Instant publishedAt,
            Instant now) {
        Map<String, Object> doc = ReviewDocuments.of(review, facilities, topics, publishedAt, now);
        try {
            if (read.seqNo() == null) {
                client.create(c -> c.index(index).id(review.postId()).document(doc).refresh(Refresh.True));
            } else {
                client.index(i -> i.index(index).id(review.postId()).document(doc).ifSeqNo(read.seqNo())
                        .ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True));
            }
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (Conflicts.isConflict(e)) {
                return false;
            }
            if (e instanceof ElasticsearchException ee) {
                throw ee;
            }
            throw new UncheckedIOException("Cannot save the review of post " + review.postId(), (IOException) e);
        }
    }

    private Optional<Versioned> read(String postId) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(postId), Map.class);
            return response.found()
                    ? Optional.of(new Versioned(ReviewDocuments.review(postId, response.source()), response.seqNo(),
                            response.primaryTerm()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the review of post " + postId, e);
        }
    }
}
