package org.qianliyan.portal.support;

import java.util.UUID;

import org.qianliyan.index.testing.SharedElasticsearch;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a portal test context at the test JVM's shared Elasticsearch with an index
 * prefix of its own, so the embedded server is never started by the portal under test.
 */
public class TestElasticsearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.elasticsearch.uris=" + SharedElasticsearch.uri(),
                "qianliyan.elasticsearch.index-prefix=it" + UUID.randomUUID().toString().substring(0, 8) + "-",
                "qianliyan.data-dir=target/test-data")
                .applyTo(context);
    }
}
