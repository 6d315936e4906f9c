package org.qianliyan.portal.elasticsearch;

import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.message.BasicHeader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authenticates to an external cluster with {@code qianliyan.elasticsearch.api-key}: Spring
 * Boot's {@code spring.elasticsearch.*} knows user and password but not API keys, so the key
 * goes on every request as a default header.
 */
@Configuration
@ConditionalOnProperty("qianliyan.elasticsearch.api-key")
class ElasticsearchApiKeyConfiguration {

    @Bean
    RestClientBuilderCustomizer apiKeyHeader(ElasticsearchProperties settings) {
        Header header = new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + settings.apiKey().strip());
        return builder -> builder.setDefaultHeaders(new Header[] {header});
    }
}
