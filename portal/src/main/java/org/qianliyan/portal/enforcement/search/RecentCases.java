package org.qianliyan.portal.enforcement.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.portal.elasticsearch.MonthlyCounts;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.store.CaseDocuments;
import org.qianliyan.portal.enforcement.store.CaseFields;

/**
 * The newest penalties and supervision orders and how many cases were decided per month, for the
 * front page, in one request.
 */
public class RecentCases {

    /**
     * @param latest   the newest cases by decision date, newest first
     * @param perMonth cases decided in each month of the window, oldest first, zero where there were none
     */
    public record Summary(List<EnforcementCase> latest, Map<YearMonth, Long> perMonth) {
    }

    private final ElasticsearchClient client;
    private final String index;

    /** @param index the alias of the {@code cases} index */
    public RecentCases(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public Summary summarise(int latest, YearMonth first, YearMonth last) {
        try {
            SearchResponse<ObjectNode> response = client.search(s -> s.index(index).size(latest)
                    .sort(o -> o.field(f -> f.field(CaseFields.DECISION_DATE).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(CaseFields.ID).order(SortOrder.Asc)))
                    .aggregations("months", MonthlyCounts.aggregation(CaseFields.DECISION_DATE, first, last)),
                    ObjectNode.class);
            List<EnforcementCase> cases = response.hits().hits().stream()
                    .map(hit -> CaseDocuments.fromDocument(hit.source())).toList();
            return new Summary(cases, MonthlyCounts.read(response.aggregations().get("months"), first, last));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the latest cases failed", e);
        }
    }
}
