package org.qianliyan.portal.enforcement.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.enforcement.store.CaseFields;

/** Cases and fines by year and by province, for the statistics page and its CSV. */
public class CaseStatistics {

    /** The number of cases and the sum of fines (yuan) in one year or province. */
    public record Tally(String key, long cases, BigDecimal fineYuan) {
    }

    /** Both breakdowns, years ascending, provinces by number of cases. */
    public record Breakdown(List<Tally> byYear, List<Tally> byProvince) {
    }

    private final ElasticsearchClient client;
    private final String index;

    public CaseStatistics(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public Breakdown breakdown() {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(index).size(0)
                    .aggregations("years", a -> a.terms(t -> t.field(CaseFields.YEAR).size(100)
                                    .order(NamedValue.of("_key", SortOrder.Asc)))
                            .aggregations("fines", f -> f.sum(m -> m.field(CaseFields.PENALTY_YUAN))))
                    .aggregations("provinces", a -> a.terms(t -> t.field(CaseFields.PROVINCE).size(50))
                            .aggregations("fines", f -> f.sum(m -> m.field(CaseFields.PENALTY_YUAN)))),
                    Void.class);
            Aggregate years = response.aggregations().get("years");
            Aggregate provinces = response.aggregations().get("provinces");
            List<Tally> byYear = years.lterms().buckets().array().stream()
                    .map(b -> new Tally(String.valueOf(b.key()), b.docCount(), yuan(b.aggregations().get("fines"))))
                    .toList();
            // Cases stored before names were normalised (广东) count under the full name (广东省).
            Map<String, Tally> provinceTallies = new LinkedHashMap<>();
            provinces.sterms().buckets().array().stream()
                    .filter(b -> !b.key().stringValue().isBlank())
                    .map(b -> new Tally(RegionNames.province(b.key().stringValue()), b.docCount(),
                            yuan(b.aggregations().get("fines"))))
                    .forEach(t -> provinceTallies.merge(t.key(), t, (a, b) -> new Tally(a.key(), a.cases() + b.cases(),
                            a.fineYuan().add(b.fineYuan()))));
            List<Tally> byProvince = provinceTallies.values().stream()
                    .sorted(java.util.Comparator.comparingLong(Tally::cases).reversed()).toList();
            return new Breakdown(byYear, byProvince);
        } catch (IOException e) {
            throw new UncheckedIOException("computing case statistics failed", e);
        }
    }

    private static BigDecimal yuan(Aggregate sum) {
        return BigDecimal.valueOf(sum.sum().value()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
