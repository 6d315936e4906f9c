package org.qianliyan.portal.opinion.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.crawler.BatchDocumentSink;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.opinion.intake.PostIndex.PostWrite;
import org.qianliyan.portal.opinion.intake.PostIndex.StoredPost;
import org.qianliyan.portal.opinion.intake.PostIndex.WriteOutcome;
import org.qianliyan.portal.opinion.intake.StoryGrouper.NewPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline the crawler hands documents to: NLP analysis, then one {@code posts} document
 * per canonical URL (id = SHA-256 of it, so a document handed over twice, after a recrawl or
 * a crash, is written once), grouped with its near-duplicates into one story whose first
 * post counts the reposts as its spread.
 *
 * <p>A batch of documents (the crawler's leased batch) costs a few requests, not a few per
 * document (a group commit): one {@code _mget} for the posts already stored, one
 * {@code _msearch} for the story candidates of the new ones, one {@code _mget} of their
 * reviews when staff review posts, one {@code _bulk} of creates and updates, and, when new
 * posts joined stories, one {@code _bulk} to count the reposts ({@link RepostCounter}: plus
 * one {@code _mget} for the stories this process did not write last). Each document's own bulk
 * item decides whether it was stored.
 *
 * <p>A post seen before keeps its story; only a post created here joins a story and counts
 * as a repost. A crash between the writes loses those counts, never a document.
 */
public final class PostSink implements BatchDocumentSink {

    private static final Logger LOG = LoggerFactory.getLogger(PostSink.class);
    /** A post created by another process between our read and our write is written again as an update; so often, then it fails. */
    private static final int MAX_ROUNDS = 5;

    private final TextAnalyzer analyzer;
    private final PostIndex posts;
    private final SimHashBands bands;
    private final StoryGrouper stories;
    private final RepostCounter repostCounter;
    private final PostReviewOverlay reviews;

    /** A document analysed and ready to be written. */
    private record Analysed(CrawledDocument document, String id, MaskedPost masked, AnalysisResult analysis,
            List<String> titleWords, List<String> bandKeys) {
    }

    /**
     * @param analyzer the NLP analyzer
     * @param client   the Elasticsearch client
     * @param index    the {@code posts} alias (or index)
     */
    public PostSink(TextAnalyzer analyzer, ElasticsearchClient client, String index) {
        this(analyzer, client, index, PostReviewOverlay.NONE);
    }

    /** As above, with staff corrections re-applied to every post written. */
    public PostSink(TextAnalyzer analyzer, ElasticsearchClient client, String index, PostReviewOverlay reviews) {
        this.reviews = reviews;
        this.analyzer = analyzer;
        this.posts = new PostIndex(client, index);
        this.bands = new SimHashBands(analyzer.simHash().threshold());
        this.stories = new StoryGrouper(analyzer.simHash(), posts);
        this.repostCounter = new RepostCounter(posts);
    }

    @Override
    public Map<CrawledDocument, String> acceptAll(List<CrawledDocument> documents) {
        Map<CrawledDocument, String> failures = new IdentityHashMap<>();
        List<Analysed> pending = new ArrayList<>(documents.size());
        for (CrawledDocument document : documents) {
            try {
                pending.add(analyse(document));
            } catch (RuntimeException e) {
                failures.put(document, "analysis failed: " + e);
            }
        }
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                pending.forEach(a -> failures.put(a.document(), "post " + a.id() + " kept changing while it was written"));
                break;
            }
            // A URL handed over twice in one batch is written once per round, the later copy last.
            Set<String> ids = new HashSet<>();
            List<Analysed> thisRound = new ArrayList<>();
            List<Analysed> later = new ArrayList<>();
            for (Analysed a : pending) {
                (ids.add(a.id()) ? thisRound : later).add(a);
            }
            pending = write(thisRound, failures);
            pending.addAll(later);
        }
        return failures;
    }

    private Analysed analyse(CrawledDocument document) {
        MaskedPost masked = MaskedPost.of(document, analyzer);
        AnalysisResult analysis = analyzer.analyze(masked.analysed());
        return new Analysed(document, UrlIds.of(document.canonicalUrl()), masked, analysis,
                analyzer.segmentForIndex(masked.title()), bands.of(analysis.simHash()));
    }

    /** @return the documents to write again: created meanwhile by another process */
    private List<Analysed> write(List<Analysed> batch, Map<CrawledDocument, String> failures) {
        Map<String, StoredPost> existing = posts.stored(batch.stream().map(Analysed::id).toList());
        List<Analysed> created = batch.stream().filter(a -> !existing.containsKey(a.id())).toList();
        List<Optional<String>> joined = stories.storiesOf(created.stream()
                .map(a -> new NewPost(a.id(), a.analysis().simHash(), a.bandKeys())).toList());
        Map<String, Optional<String>> storyOfCreated = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            storyOfCreated.put(created.get(i).id(), joined.get(i));
        }
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        for (Analysed a : batch) {
            StoredPost stored = existing.get(a.id());
            String storyId = stored != null ? stored.storyId() : storyOfCreated.get(a.id()).orElse(a.id());
            Map<String, Object> doc = PostDocuments.of(a.document(), a.masked(), a.analysis(), a.titleWords(), a.bandKeys(), storyId, 0);
            if (stored != null) {
                doc.remove(PostFields.REPOST_COUNT);
            }
            fields.put(a.id(), doc);
        }
        reviews.applyAll(fields);
        WriteOutcome outcome = posts.write(batch.stream()
                .map(a -> new PostWrite(a.id(), fields.get(a.id()), !existing.containsKey(a.id()))).toList());
        List<Analysed> again = new ArrayList<>();
        Map<String, Integer> reposts = new HashMap<>();
        for (Analysed a : batch) {
            if (outcome.conflicted().contains(a.id())) {
                again.add(a);
            } else if (outcome.failed().containsKey(a.id())) {
                failures.put(a.document(), "post " + a.id() + " not written: " + outcome.failed().get(a.id()));
            } else if (existing.containsKey(a.id())) {
                repostCounter.rewritten(a.id());
            } else {
                Optional<String> story = storyOfCreated.get(a.id());
                stories.remember(new StoredPost(a.id(), a.analysis().simHash(), story.orElse(a.id())));
                story.ifPresentOrElse(s -> reposts.merge(s, 1, Integer::sum),
                        () -> repostCounter.started(a.id(), outcome.written().get(a.id())));
            }
        }
        countReposts(reposts);
        return again;
    }

    /** The posts are stored already: a count that cannot be written is logged, not held against them. */
    private void countReposts(Map<String, Integer> reposts) {
        if (reposts.isEmpty()) {
            return;
        }
        try {
            repostCounter.count(reposts);
            LOG.debug("Reposts counted on stories {}", reposts);
        } catch (RuntimeException e) {
            LOG.warn("Reposts of stories {} not counted: {}", reposts.keySet(), e.toString());
        }
    }
}
