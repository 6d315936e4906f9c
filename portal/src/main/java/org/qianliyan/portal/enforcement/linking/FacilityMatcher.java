package org.qianliyan.portal.enforcement.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.CompanyNameKey;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;

/**
 * Links a case to a facility: by 统一社会信用代码 when both carry one, else by normalised
 * company name within the same region. A case that names no region is placed by its
 * authority (常州市生态环境局 lies in 常州). Two facilities sharing a name key in one
 * region make the name ambiguous, and an ambiguous name links to nothing.
 */
public final class FacilityMatcher {

    private final Map<String, FacilityIdentity> byCreditCode = new HashMap<>();
    private final Map<String, List<FacilityIdentity>> byNameKey = new HashMap<>();

    public FacilityMatcher(Iterable<FacilityIdentity> facilities) {
        for (FacilityIdentity facility : facilities) {
            if (!facility.creditCode().isBlank()) {
                byCreditCode.put(facility.creditCode().toUpperCase(java.util.Locale.ROOT), facility);
            }
            byNameKey.computeIfAbsent(CompanyNameKey.of(facility.name()), key -> new ArrayList<>()).add(facility);
        }
    }

    public FacilityLink link(EnforcementCase value) {
        if (value.creditCode().isPresent()) {
            FacilityIdentity byCode = byCreditCode.get(value.creditCode().get());
            if (byCode != null) {
                return new FacilityLink(byCode.id(), byCode.name(), LinkBasis.CREDIT_CODE);
            }
        }
        List<FacilityIdentity> sameName = byNameKey.getOrDefault(CompanyNameKey.of(value.partyName()), List.of());
        List<FacilityIdentity> inRegion = sameName.stream().filter(f -> sameRegion(value, f)).toList();
        if (inRegion.size() == 1) {
            FacilityIdentity facility = inRegion.get(0);
            return new FacilityLink(facility.id(), facility.name(), LinkBasis.NAME_AND_REGION);
        }
        return FacilityLink.NONE;
    }

    private static boolean sameRegion(EnforcementCase value, FacilityIdentity facility) {
        String caseProvince = RegionKey.of(value.region().province());
        String caseCity = RegionKey.of(value.region().city());
        String facilityProvince = RegionKey.of(facility.province());
        String facilityCity = RegionKey.of(facility.city());
        if (!caseProvince.isEmpty() && !facilityProvince.isEmpty()) {
            boolean cityAgrees = caseCity.isEmpty() || facilityCity.isEmpty() || caseCity.equals(facilityCity);
            return caseProvince.equals(facilityProvince) && cityAgrees;
        }
        String authority = value.authority();
        return (!facilityCity.isEmpty() && authority.contains(facilityCity))
                || (!facilityProvince.isEmpty() && authority.startsWith(facilityProvince));
    }
}
