package org.qianliyan.portal.opinion.review;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.opinion.intake.PostReviewOverlay;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code post-reviews} index, the review service, the pipeline overlay and the public complaint counts. */
@Configuration
class ReviewConfiguration {

    @Bean
    IndexDefinition postReviewsIndex() {
        return IndexDefinition.of("post-reviews");
    }

    @Bean
    ReviewStore reviewStore(ElasticsearchClient client, IndexSchema schema) {
        return new ReviewStore(client, schema.alias("post-reviews"));
    }

    @Bean
    StaffPostIndex staffPostIndex(ElasticsearchClient client, IndexSchema schema) {
        return new StaffPostIndex(client, schema.alias("posts"));
    }

    @Bean
    PostReviewing postReviewing(StaffPostIndex posts, ReviewStore reviews) {
        return new PostReviewing(posts, reviews, Clock.systemUTC());
    }

    @Bean
    PostReviewOverlay postReviewOverlay(ReviewStore reviews) {
        return new ReviewOverlay(reviews);
    }

    @Bean
    ConfirmedComplaints confirmedComplaints(ElasticsearchClient client, IndexSchema schema) {
        return new ReviewedComplaintCounts(client, schema.alias("post-reviews"));
    }

    @Bean
    SentimentCorrections sentimentCorrections(ElasticsearchClient client, IndexSchema schema, StaffPostIndex posts) {
        return new SentimentCorrections(client, schema.alias("post-reviews"), posts);
    }
}
