package org.qianliyan.portal.incinerator.facility;

import java.util.List;

/**
 * How other features read the facilities the incinerator feature owns (enforcement links its cases with it),
 * without knowing the index or its field names.
 */
public interface FacilityLookup {

    /** Every facility, demo or real (the index holds a few thousand at most). */
    List<FacilityIdentity> all();
}
