package org.qianliyan.portal.elasticsearch;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.elasticsearch.*}: the index names and the embedded server, which only
 * runs when {@code spring.elasticsearch.uris} is not set.
 *
 * @param indexPrefix    prefix of every alias and index we create, so one cluster can host several portals
 * @param embeddedPort   HTTP port of the embedded server on 127.0.0.1
 * @param embeddedHeap   its JVM heap, such as {@code 512m} or {@code 2g}
 * @param startTimeout   how long to wait for it to become healthy
 * @param apiKey         an external cluster's API key (the {@code encoded} value Elasticsearch
 *                       returns), sent as {@code Authorization: ApiKey ...}; none: user and
 *                       password ({@code spring.elasticsearch.username}) or no authentication
 */
@Validated
@ConfigurationProperties("qianliyan.elasticsearch")
public record ElasticsearchProperties(
        @DefaultValue("qianliyan-") @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_-]*") String indexPrefix,
        @DefaultValue("9200") @Min(1) @Max(65535) int embeddedPort,
        @DefaultValue("512m") @Pattern(regexp = "[1-9][0-9]*[mMgG]") String embeddedHeap,
        @DefaultValue("120s") Duration startTimeout,
        String apiKey) {
}
