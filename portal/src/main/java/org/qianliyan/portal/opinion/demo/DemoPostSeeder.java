package org.qianliyan.portal.opinion.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.facility.FacilityIdentity;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.qianliyan.portal.imports.DemoSeeding;
import org.qianliyan.portal.imports.DemoSwitch;
import org.qianliyan.portal.opinion.OpinionProperties;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start with no post at all, sends the {@link DemoPosts} through the real pipeline (NLP,
 * story grouping, the {@code posts} index), so their fields are what a crawl would give, then
 * flags them {@code demo}. Not in one-shot commands, and never again once real data has
 * arrived ({@link DemoSwitch}); the first crawled post removes them.
 */
@Component
@Profile("!cli")
class DemoPostSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPostSeeder.class);
    private static final long SEED = 20_240_301L;

    private final ElasticsearchClient client;
    private final String posts;
    private final FacilityLookup facilities;
    private final ObjectProvider<PostSink> pipeline;
    private final OpinionProperties properties;
    private final DemoSwitch demo;
    private final DemoSeeding seeding;

    DemoPostSeeder(ElasticsearchClient client, IndexSchema schema, FacilityLookup facilities,
                   ObjectProvider<PostSink> pipeline, OpinionProperties properties, DemoSwitch demo,
                   DemoSeeding seeding) {
        this.client = client;
        this.posts = schema.alias("posts");
        this.facilities = facilities;
        this.pipeline = pipeline;
        this.properties = properties;
        this.demo = demo;
        this.seeding = seeding;
    }

    // Late, so the demo plants seeded at start-up are there for the analyzer to link to.
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seedWhenEmpty() throws IOException {
        if (!properties.demoPosts() || demo.retired() || client.count(c -> c.index(posts)).count() > 0) {
            return;
        }
        try (var underway = seeding.begin()) {
            seed();
        }
    }

    private void seed() throws IOException {
        long started = System.nanoTime();
        List<DemoPosts.Plant> plants = demoPlants();
        List<CrawledDocument> documents = new DemoPosts(SEED).generate(plants, LocalDate.now(Clock.system(OpinionFilter.ZONE)),
                properties.demoDays(), Instant.now());
        PostSink sink = pipeline.getObject();
        documents.forEach(sink::accept);
        flagAsDemo(documents);
        LOG.info("Generated {} demo posts (示例) about {} demo plants in {} ms", documents.size(), plants.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<DemoPosts.Plant> demoPlants() {
        return facilities.all().stream().filter(FacilityIdentity::demo)
                .map(f -> new DemoPosts.Plant(f.id(), f.name(), f.province(), f.city()))
                .sorted(Comparator.comparing(DemoPosts.Plant::id))
                .limit(20)
                .toList();
    }

    private void flagAsDemo(List<CrawledDocument> documents) throws IOException {
        List<BulkOperation> updates = documents.stream().map(d -> UrlIds.of(d.canonicalUrl())).distinct()
                .map(id -> BulkOperation.of(op -> op.update(u -> u.index(posts).id(id)
                        .action(a -> a.doc(Map.of(PostFields.DEMO, true))))))
                .toList();
        if (!updates.isEmpty()) {
            var response = client.bulk(b -> b.operations(updates).refresh(Refresh.True));
            if (response.errors()) {
                throw new IllegalStateException("Could not flag every demo post as demo");
            }
        }
    }
}
