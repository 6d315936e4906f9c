package org.qianliyan.portal.analysis;

import java.util.List;

import org.qianliyan.nlp.link.FacilityName;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;

/** The NLP gazetteer's facilities: every facility the incinerator feature holds, read through its lookup. */
class IndexedFacilities implements FacilitySource {

    private final FacilityLookup facilities;

    IndexedFacilities(FacilityLookup facilities) {
        this.facilities = facilities;
    }

    @Override
    public List<FacilityName> facilities() {
        return facilities.all().stream().map(IndexedFacilities::toName).toList();
    }

    private static FacilityName toName(FacilityIdentity facility) {
        return new FacilityName(facility.id(), orNull(facility.name()), orNull(facility.creditCode()),
                orNull(facility.province()), orNull(facility.city()), orNull(facility.county()),
                orNull(facility.operatorGroup()));
    }

    /** The gazetteer takes null for unknown. */
    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
