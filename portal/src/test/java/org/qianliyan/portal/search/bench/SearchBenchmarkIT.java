package org.qianliyan.portal.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.portal.search.SearchHit;
import org.qianliyan.portal.search.SearchPage;
import org.qianliyan.portal.search.SearchParameters;
import org.qianliyan.portal.search.SearchService;
import org.qianliyan.portal.support.RawMsearch;

/**
 * The search benchmark compares like with like: for each of its queries, over a small copy of its
 * data, the raw {@code _msearch} it replays answers with the same totals per dataset as the service,
 * its hits include every hit of the service's page, and each query finds something.
 */
class SearchBenchmarkIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "searchbenchit-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "-";
    private static ElasticsearchClient client;
    private static SearchService service;

    @BeforeAll
    static void load() throws Exception {
        client = ElasticsearchClients.connect(SharedElasticsearch.uri());
        service = SearchBenchmark.service(client, SearchBenchData.ensure(client, PREFIX, 5_000, 2_000));
    }

    @AfterAll
    static void delete() throws Exception {
        SearchBenchData.delete(client, PREFIX);
        client._transport().close();
    }

    @Test
    void the_raw_request_replayed_is_the_one_the_service_sends() throws Exception {
        for (SearchBenchQueries.BenchQuery query : SearchBenchQueries.all()) {
            SearchParameters page = query.resolve(service);
            SearchPage answer = service.search(page, query.staff());
            JsonNode raw = JSON.readTree(RawMsearch.of(client, service.request(page, query.staff()).orElseThrow()).sendForText());

            List<SearchHit.Kind> kinds = new ArrayList<>(answer.totals().keySet());
            Set<String> rawIds = new HashSet<>();
            long rawTotal = 0;
            for (int i = 0; i < kinds.size(); i++) {
                JsonNode response = raw.path("responses").get(i);
                assertThat(response.has("error")).as(query.name()).isFalse();
                rawTotal += response.path("hits").path("total").path("value").asLong();
                response.path("hits").path("hits").forEach(hit -> rawIds.add(hit.path("_id").asText()));
            }
            assertThat(answer.total()).as(query.name()).isPositive().isEqualTo(rawTotal);
            assertThat(rawIds).as(query.name()).containsAll(answer.hits().stream().map(SearchHit::id).toList());
        }
    }
}
