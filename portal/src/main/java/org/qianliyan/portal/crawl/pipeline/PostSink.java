package org.qianliyan.portal.crawl.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.nlp.AnalysisResult;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.crawl.pipeline.PostIndex.StoredPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline the crawler hands documents to: NLP analysis, then one {@code posts} document
 * per canonical URL (id = SHA-256 of it, so a document handed over twice, after a recrawl or
 * a crash, is written once), grouped with its near-duplicates into one story whose first
 * post counts the reposts as its spread.
 *
 * <p>A post seen before keeps its story; only a post created here joins a story and counts
 * as a repost. A crash between the two writes loses that one count, never a document.
 */
public final class PostSink implements DocumentSink {

    private static final Logger LOG = LoggerFactory.getLogger(PostSink.class);

    private final TextAnalyzer analyzer;
    private final PostIndex posts;
    private final SimHashBands bands;
    private final StoryGrouper stories;
    private final PostReviewOverlay reviews;

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
    }

    @Override
    public void accept(CrawledDocument document) {
        String id = UrlIds.of(document.canonicalUrl());
        MaskedPost masked = MaskedPost.of(document, analyzer);
        AnalysisResult analysis = analyzer.analyze(masked.analysed());
        List<String> titleWords = analyzer.segmentForIndex(masked.title());
        List<String> bandKeys = bands.of(analysis.simHash());
        Optional<StoredPost> existing = posts.get(id);
        if (existing.isPresent()) {
            Map<String, Object> fields = PostDocuments.of(document, masked, analysis, titleWords, bandKeys,
                    existing.get().storyId(), 0);
            fields.remove(PostFields.REPOST_COUNT);
            reviews.apply(id, fields);
            posts.update(id, fields);
            LOG.debug("Post {} updated ({})", id, document.canonicalUrl());
            return;
        }
        Optional<String> story = stories.storyOf(id, analysis.simHash(), bandKeys);
        String storyId = story.orElse(id);
        Map<String, Object> created = PostDocuments.of(document, masked, analysis, titleWords, bandKeys, storyId, 0);
        reviews.apply(id, created);
        if (!posts.create(id, created)) {
            accept(document);
            return;
        }
        stories.remember(new StoredPost(id, analysis.simHash(), storyId));
        if (story.isPresent()) {
            posts.countRepost(storyId);
            LOG.debug("Post {} joins story {}", id, storyId);
        }
    }
}
