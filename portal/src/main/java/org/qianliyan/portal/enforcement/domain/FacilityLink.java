package org.qianliyan.portal.enforcement.domain;

import java.util.Objects;

/** The facility a case concerns and the basis of that link; {@link #NONE} when unlinked. */
public record FacilityLink(String facilityId, String facilityName, LinkBasis basis) {

    public static final FacilityLink NONE = new FacilityLink("", "", LinkBasis.NONE);

    public FacilityLink {
        Objects.requireNonNull(basis, "basis");
        facilityId = facilityId == null ? "" : facilityId;
        facilityName = facilityName == null ? "" : facilityName;
        if (basis != LinkBasis.NONE && facilityId.isBlank()) {
            throw new IllegalArgumentException("a link by " + basis + " needs a facility id");
        }
    }

    public boolean linked() {
        return basis != LinkBasis.NONE;
    }
}
