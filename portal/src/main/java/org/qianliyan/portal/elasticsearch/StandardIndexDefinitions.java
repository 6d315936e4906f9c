package org.qianliyan.portal.elasticsearch;

import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.StandardIndices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indices every feature shares; features declare their own next to their code. */
@Configuration
class StandardIndexDefinitions {

    @Bean
    IndexDefinition facilitiesIndex() {
        return StandardIndices.FACILITIES;
    }

    @Bean
    IndexDefinition postsIndex() {
        return StandardIndices.POSTS;
    }

    @Bean
    IndexDefinition sourcesIndex() {
        return StandardIndices.SOURCES;
    }

    @Bean
    IndexDefinition crawlStatusIndex() {
        return StandardIndices.CRAWL_STATUS;
    }
}
