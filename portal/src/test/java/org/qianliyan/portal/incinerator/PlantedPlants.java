package org.qianliyan.portal.incinerator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.compliance.ComplianceRules;
import org.qianliyan.portal.incinerator.compliance.ComplianceVerdict;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;

/**
 * Plants and judged days written as the importers write them (same document builders), for tests
 * of what is read back: the plant page, its feed, search. Visible at once (refresh on write).
 */
public final class PlantedPlants {

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public PlantedPlants(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    public Plant plant(String id, String name, String province, String city) throws IOException {
        Plant plant = new Plant(id, name, "", province, city, "", city + "某路1号", null, null, 600, null, null, 1, "", false);
        client.index(i -> i.index(schema.alias(IncineratorIndices.FACILITIES)).id(id)
                .document(IncineratorDocuments.plant(plant, List.of(), "test")).refresh(Refresh.True));
        return plant;
    }

    /** An outlet-day whose particulate daily mean was {@code value} against {@code limit}. */
    public void particulateExceedance(Plant plant, LocalDate date, double value, double limit) throws IOException {
        Reason reason = new Reason(ComplianceRules.DAILY_MEAN.id(), Verdict.EXCEEDANCE, Pollutant.PARTICULATE, value, limit, "");
        day(plant, date, ComplianceVerdict.of(reason));
    }

    public void compliantDay(Plant plant, LocalDate date) throws IOException {
        day(plant, date, ComplianceVerdict.COMPLIANT);
    }

    private void day(Plant plant, LocalDate date, ComplianceVerdict verdict) throws IOException {
        Map<String, Object> document = IncineratorDocuments.complianceDay(plant, plant.id() + "-1", "1号炉", date, verdict, "test");
        client.index(i -> i.index(schema.alias(IncineratorIndices.COMPLIANCE_DAYS))
                .id(IncineratorDocuments.dayId(plant.id(), plant.id() + "-1", date)).document(document)
                .refresh(Refresh.True));
    }
}
