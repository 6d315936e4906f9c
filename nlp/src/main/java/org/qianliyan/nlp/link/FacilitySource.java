package org.qianliyan.nlp.link;

import java.util.List;

/**
 * Where the gazetteer gets its facilities from; the portal implements it over its facilities index.
 */
@FunctionalInterface
public interface FacilitySource {

    /** @return all facilities to link against */
    List<FacilityName> facilities();

    /** @return a source without facilities (places are still linked) */
    static FacilitySource none() {
        return List::of;
    }
}
