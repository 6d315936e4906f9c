package org.qianliyan.portal.opinion.intake;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;

/**
 * The opinion intake: the {@code posts} index it owns (field names in {@link PostFields}) and
 * the {@link PostSink} that the crawl feature hands every crawled document to, as one of its
 * {@code DocumentSink} beans, without knowing this package.
 */
@Configuration
class IntakeConfiguration {

    @Bean
    IndexDefinition postsIndex() {
        return StandardIndices.POSTS;
    }

    @Bean
    @Lazy
    PostSink postSink(TextAnalyzer analyzer, ElasticsearchClient client, IndexSchema schema,
            ObjectProvider<PostReviewOverlay> reviews) {
        return new PostSink(analyzer, client, schema.alias("posts"), reviews.getIfAvailable(() -> PostReviewOverlay.NONE));
    }

    /** On start, masks the posts stored before every searchable field was masked (DESIGN §8). */
    @Bean
    @Profile("!cli")
    ApplicationRunner unmaskedPostsMasking(ElasticsearchClient client, IndexSchema schema,
            ObjectProvider<TextAnalyzer> analyzer) {
        return args -> new UnmaskedPosts(client, schema.alias("posts"), analyzer::getObject).maskAll();
    }
}
