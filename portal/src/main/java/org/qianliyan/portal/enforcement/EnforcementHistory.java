package org.qianliyan.portal.enforcement;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.search.CasePage;
import org.qianliyan.portal.enforcement.search.CaseQuery;
import org.qianliyan.portal.enforcement.search.CaseSearch;
import org.qianliyan.portal.enforcement.search.CaseSort;

/**
 * A facility's enforcement history for the plant page (incinerator feature): the cases
 * linked to it, newest first. Use {@link org.qianliyan.portal.enforcement.ui.FacilityEnforcementPanel}
 * to show it.
 */
public class EnforcementHistory {

    static final int SHOWN = 100;

    private final CaseSearch search;

    EnforcementHistory(CaseSearch search) {
        this.search = search;
    }

    /** Up to 100 cases linked to {@code facilityId}, newest first. */
    public List<EnforcementCase> casesOf(String facilityId) {
        return page(facilityId).cases();
    }

    /** The page with the total count, for "showing 100 of 240". */
    public CasePage page(String facilityId) {
        CaseQuery query = new CaseQuery(Map.of(), "", facilityId, CaseSort.DATE_DESC, 0, SHOWN);
        return search.search(query);
    }
}
