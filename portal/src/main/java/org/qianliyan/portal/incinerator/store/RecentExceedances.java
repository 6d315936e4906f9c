package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.MonthlyCounts;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * What happened lately across all plants, for the front page: the newest exceedance days and how many
 * there were per month, read from the {@code compliance-days} index in one request.
 */
public class RecentExceedances {

    /**
     * @param latest   the newest exceedance findings, newest day first
     * @param perMonth outlet- and furnace-days judged exceedances in each month of the window, oldest first,
     *                 zero where there were none
     */
    public record Summary(List<ExceedanceDay> latest, Map<YearMonth, Long> perMonth) {
    }

    private final ElasticsearchClient client;
    private final String index;

    /** @param index the alias of the {@code compliance-days} index */
    public RecentExceedances(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @param latest how many findings to list at most; a day exceeding for two pollutants gives two
     * @param first  the first month counted
     * @param last   the last month counted
     */
    @SuppressWarnings("rawtypes")
    public Summary summarise(int latest, YearMonth first, YearMonth last) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).size(latest)
                    .query(q -> q.term(t -> t.field("verdict").value(Verdict.EXCEEDANCE.name())))
                    .sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("facility_id").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("point_id").order(SortOrder.Asc)))
                    .aggregations("months", MonthlyCounts.aggregation("date", first, last)), Map.class);
            return new Summary(findings(response.hits().hits(), latest), MonthlyCounts.read(response.aggregations().get("months"), first, last));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the latest exceedance days", e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<ExceedanceDay> findings(List<Hit<Map>> hits, int latest) {
        List<ExceedanceDay> findings = new ArrayList<>();
        for (Hit<Map> hit : hits) {
            Map<String, Object> day = hit.source();
            for (Reason reason : IncineratorDocuments.reasons(day)) {
                if (reason.verdict() == Verdict.EXCEEDANCE && findings.size() < latest) {
                    findings.add(new ExceedanceDay((String) day.get("facility_id"), (String) day.get("facility_name"),
                            LocalDate.parse((String) day.get("date")), (String) day.get("point_name"), reason,
                            Boolean.TRUE.equals(day.get("demo"))));
                }
            }
        }
        return findings;
    }
}
