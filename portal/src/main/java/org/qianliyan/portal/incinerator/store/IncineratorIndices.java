package org.qianliyan.portal.incinerator.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indices of the incinerator feature (docs/design-notes.md, Elasticsearch; docs/ARCHITECTURE.md, Indices and their
 * owners); their mappings live with the index module's other mappings. Plants go to the {@code facilities} index
 * (field names in {@link FacilityFields}), which other features read through {@link FacilityLookup}. The stores and
 * readers of these indices are built here too (the package declares its beans in this one place), each over an
 * alias, so tests build them over indices of their own.
 */
@Configuration
public class IncineratorIndices {

    public static final String FACILITIES = "facilities";
    public static final String MONITORING_DAYS = "monitoring-days";
    public static final String MONITORING_HOURS = "monitoring-hours";
    public static final String FURNACE_TEMPERATURES = "furnace-temperatures";
    public static final String COMPLIANCE_DAYS = "compliance-days";

    @Bean
    IndexDefinition facilitiesIndex() {
        return StandardIndices.FACILITIES;
    }

    /** How other features read the facilities (FacilityLookup), without their index or field names. */
    @Bean
    FacilityLookup facilityLookup(ElasticsearchClient client, IndexSchema schema) {
        return new IndexedFacilityLookup(client, schema.alias(FACILITIES));
    }

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

    @Bean
    PlantRepository plantRepository(ElasticsearchClient client, IndexSchema schema) {
        return new PlantRepository(client, schema);
    }

    @Bean
    ComplianceRepository complianceRepository(ElasticsearchClient client, IndexSchema schema) {
        return new ComplianceRepository(client, schema);
    }

    @Bean
    RecentExceedances recentExceedances(ElasticsearchClient client, IndexSchema schema) {
        return new RecentExceedances(client, schema.alias(COMPLIANCE_DAYS));
    }
}
