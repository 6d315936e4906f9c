package org.qianliyan.portal.imports;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small {@code portal-state} index of installation-wide state, whether the demo is being generated, and the
 * demo's retirement when real data comes.
 */
@Configuration
class ImportsConfiguration {

    @Bean
    IndexDefinition portalStateIndex() {
        return IndexDefinition.of(DemoSwitch.INDEX);
    }

    @Bean
    DemoSwitch demoSwitch(ElasticsearchClient client, IndexSchema schema) {
        return new DemoSwitch(client, schema);
    }

    @Bean
    DemoSeeding demoSeeding() {
        return new DemoSeeding();
    }

    @Bean
    DemoDataEraser demoDataEraser(ElasticsearchClient client, IndexSchema schema) {
        return new DemoDataEraser(client, schema);
    }

    @Bean
    DemoRetirement demoRetirement(DemoDataEraser eraser, DemoSwitch demo) {
        return new DemoRetirement(eraser, demo);
    }
}
