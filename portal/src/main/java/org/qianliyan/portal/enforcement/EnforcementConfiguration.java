package org.qianliyan.portal.enforcement;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.disclosure.CrawledCaseIntake;
import org.qianliyan.portal.enforcement.search.CaseSearch;
import org.qianliyan.portal.enforcement.search.CaseStatistics;
import org.qianliyan.portal.enforcement.search.RecentCases;
import org.qianliyan.portal.enforcement.store.CaseDocumentUpgrade;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enforcement feature's Elasticsearch-facing parts, built over the portal's indices. */
@Configuration
class EnforcementConfiguration {

    static final String CASES = "cases";

    /** The index this feature owns; documents of the camelCase mapping are renamed when it is copied. */
    @Bean
    IndexDefinition casesIndex() {
        return StandardIndices.CASES.withUpgrade(new CaseDocumentUpgrade());
    }

    @Bean
    CaseWriter caseWriter(ElasticsearchClient client, IndexSchema schema) {
        return new CaseWriter(client, schema.alias(CASES));
    }

    @Bean
    CaseSearch caseSearch(ElasticsearchClient client, IndexSchema schema) {
        return new CaseSearch(client, schema.alias(CASES));
    }

    @Bean
    CaseStatistics caseStatistics(ElasticsearchClient client, IndexSchema schema) {
        return new CaseStatistics(client, schema.alias(CASES));
    }

    @Bean
    EnforcementHistory enforcementHistory(CaseSearch search) {
        return new EnforcementHistory(search);
    }

    @Bean
    RecentCases recentCases(ElasticsearchClient client, IndexSchema schema) {
        return new RecentCases(client, schema.alias(CASES));
    }

    /** Crawled 行政处罚 disclosures become cases, beside the opinion intake's posts. */
    @Bean
    DocumentSink disclosureCases(CrawledCaseIntake intake) {
        return intake::accept;
    }
}
