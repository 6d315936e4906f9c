package org.qianliyan.portal.search.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.enforcement.demo.DemoCaseGenerator;
import org.qianliyan.portal.search.SearchPage;
import org.qianliyan.portal.search.SearchParameters;
import org.qianliyan.portal.search.SearchService;

/**
 * Twenty searches a journalist makes, over {@link SearchBenchData}: words and phrases, a 文号, named
 * fields, ranges of dates and fines, boolean queries, facet filters, sorts by date and fine, a
 * deep page reached with the cursor, for the public and for staff.
 */
final class SearchBenchQueries {

    /** One search: its URL parameters, who asks, and how many pages deep it is (reached by following the cursor). */
    record BenchQuery(String name, Map<String, List<String>> parameters, boolean staff, int page) {

        /** The parameters of the page timed, the cursor found by paging there through {@code service}. */
        SearchParameters resolve(SearchService service) {
            SearchParameters parameters = SearchParameters.fromParameters(this.parameters);
            for (int p = 1; p < page; p++) {
                SearchPage current = service.search(parameters, staff);
                if (current.next() == null) {
                    throw new IllegalStateException(name + " has fewer than " + page + " pages");
                }
                parameters = parameters.withCursor(current.next());
            }
            return parameters;
        }
    }

    private SearchBenchQueries() {
    }

    static List<BenchQuery> all() {
        String decisionNumber = decisionNumberOfCase(1234);
        List<BenchQuery> queries = new ArrayList<>();
        queries.add(query("word, public", false, 1, "q", "焚烧"));
        queries.add(query("two words, public", false, 1, "q", "黑烟 恶臭"));
        queries.add(query("plant name phrase, public", false, 1, "q", "\"测试焚烧厂12\""));
        queries.add(query("文号 phrase, public", false, 1, "q", "\"" + decisionNumber + "\""));
        queries.add(query("文号 as typed, staff", true, 1, "q", decisionNumber));
        queries.add(query("authority:, public", false, 1, "q", "authority:杭州市生态环境局"));
        queries.add(query("province: and word, public", false, 1, "q", "province:浙江 投诉"));
        queries.add(query("type: prefix, public", false, 1, "q", "type:超标*"));
        queries.add(query("amount range by fine, public", false, 1, "q", "amount:>=50", "sort", "amount"));
        queries.add(query("date range and word by date, staff", true, 1, "q", "date:[2026-11-01 TO 2026-11-30] 投诉",
                "sort", "date"));
        queries.add(query("boolean, staff", true, 1, "q", "(黑烟 OR 恶臭) AND NOT 整改"));
        queries.add(query("facets province+year, public", false, 1, "q", "超标", "province", "浙江省", "year", "2023"));
        queries.add(query("word by date, staff", true, 1, "q", "处罚", "sort", "date"));
        queries.add(query("posts only by date, staff", true, 1, "q", "垃圾 渗滤液", "dataset", "post", "sort", "date"));
        queries.add(query("deep page 6 by date, public", false, 6, "q", "渗滤液", "sort", "date"));
        queries.add(query("deep page 6 by relevance, staff", true, 6, "q", "居民 投诉"));
        queries.add(query("facility:, staff", true, 1, "q", "facility:测试焚烧厂7"));
        queries.add(query("word prefix, public", false, 1, "q", "焚烧*"));
        queries.add(query("source facet weibo, staff", true, 1, "q", "监测", "source", "WEIBO"));
        queries.add(query("cases by fine in a province, public", false, 1, "q", "罚款", "dataset", "case", "sort", "amount",
                "province", "江苏省"));
        return queries;
    }

    private static BenchQuery query(String name, boolean staff, int page, String... keyValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put(keyValues[i], List.of(keyValues[i + 1]));
        }
        return new BenchQuery(name, parameters, staff, page);
    }

    /** The 文号 of generated case {@code n}, replaying the generator that {@link SearchBenchData} loads from. */
    private static String decisionNumberOfCase(int n) {
        DemoCaseGenerator generator = new DemoCaseGenerator(42);
        for (int i = 0; i < n; i++) {
            generator.next(i, Optional.empty());
        }
        return generator.next(n, Optional.empty()).decisionNumber();
    }
}
