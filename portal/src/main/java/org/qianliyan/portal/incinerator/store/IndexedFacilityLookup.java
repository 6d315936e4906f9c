package org.qianliyan.portal.incinerator.store;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.qianliyan.index.query.IndexScan;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;

/** {@link FacilityLookup} over the facilities index: every document, whatever its kind, read typed. */
public class IndexedFacilityLookup implements FacilityLookup {

    private static final int PAGE = 1000;
    private static final String[] FIELDS = {FacilityFields.NAME, FacilityFields.CREDIT_CODE, FacilityFields.PROVINCE,
            FacilityFields.CITY, FacilityFields.COUNTY, FacilityFields.OPERATOR_GROUP, FacilityFields.DEMO};

    private final ElasticsearchClient client;
    private final String index;

    public IndexedFacilityLookup(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public List<FacilityIdentity> all() {
        List<FacilityIdentity> facilities = new ArrayList<>();
        IndexScan.of(client, index, PAGE).forEach(IdentitySource.class,
                hit -> facilities.add(hit.source().identity(hit.id())), FIELDS);
        return facilities;
    }

    /** The part of a facility document the lookup reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IdentitySource(@JsonProperty(FacilityFields.NAME) String name,
                          @JsonProperty(FacilityFields.CREDIT_CODE) String creditCode,
                          @JsonProperty(FacilityFields.PROVINCE) String province,
                          @JsonProperty(FacilityFields.CITY) String city,
                          @JsonProperty(FacilityFields.COUNTY) String county,
                          @JsonProperty(FacilityFields.OPERATOR_GROUP) String operatorGroup,
                          @JsonProperty(FacilityFields.DEMO) boolean demo) {

        FacilityIdentity identity(String id) {
            return new FacilityIdentity(id, name, creditCode, province, city, county, operatorGroup, demo);
        }
    }
}
