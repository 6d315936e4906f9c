package org.qianliyan.portal.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

class ElasticsearchOutageTest {

    @Test
    void a_refused_connection_deep_in_the_causes_is_an_outage() {
        var failure = new IllegalStateException("page failed",
                new UncheckedIOException("cannot read plants", new ConnectException("Connection refused")));

        assertThat(ElasticsearchOutage.explains(failure)).isTrue();
    }

    @Test
    void a_cluster_answering_503_is_an_outage_but_a_400_is_a_bug() {
        assertThat(ElasticsearchOutage.explains(refusal(503, "no_shard_available_action_exception"))).isTrue();
        assertThat(ElasticsearchOutage.explains(refusal(400, "parsing_exception"))).isFalse();
    }

    @Test
    void a_failure_of_our_own_is_not_an_outage() {
        assertThat(ElasticsearchOutage.explains(new NullPointerException("plant"))).isFalse();
    }

    private static ElasticsearchException refusal(int status, String type) {
        return new ElasticsearchException("search", ErrorResponse.of(e -> e.status(status)
                .error(c -> c.type(type).reason("test"))));
    }
}
