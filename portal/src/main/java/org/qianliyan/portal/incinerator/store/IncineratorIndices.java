package org.qianliyan.portal.incinerator.store;

import org.qianliyan.index.schema.IndexDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indices of the incinerator feature (docs/design-notes.md, Elasticsearch); their mappings live with the index
 * module's other mappings. Plants go to the shared {@code facilities} index.
 */
@Configuration
public class IncineratorIndices {

    public static final String FACILITIES = "facilities";
    public static final String MONITORING_DAYS = "monitoring-days";
    public static final String MONITORING_HOURS = "monitoring-hours";
    public static final String FURNACE_TEMPERATURES = "furnace-temperatures";
    public static final String COMPLIANCE_DAYS = "compliance-days";

    @Bean
    IndexDefinition monitoringDaysIndex() {
        return IndexDefinition.of(MONITORING_DAYS);
    }

    @Bean
    IndexDefinition monitoringHoursIndex() {
        return IndexDefinition.of(MONITORING_HOURS);
    }

    @Bean
    IndexDefinition furnaceTemperaturesIndex() {
        return IndexDefinition.of(FURNACE_TEMPERATURES);
    }

    @Bean
    IndexDefinition complianceDaysIndex() {
        return IndexDefinition.of(COMPLIANCE_DAYS);
    }
}
