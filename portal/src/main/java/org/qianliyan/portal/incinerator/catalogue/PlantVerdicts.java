package org.qianliyan.portal.incinerator.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.imports.DataImported;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.FacilityFields;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;

/**
 * Writes each plant's verdict over the default period into its {@code facilities} document
 * ({@code verdict}: its worst day, {@code exceedance}, {@code missing}, {@code maintenance},
 * {@code marked} or {@code compliant}; absent when nothing was judged), the same verdict the list
 * and map colour a plant by, so search can count and filter plants by it (docs/search.md). Verdicts
 * live in {@code compliance-days}; this copy is rewritten at start-up and after every import that
 * judges days (ljgk, HJ 212).
 */
@Service
public class PlantVerdicts {

    private static final Set<String> JUDGING_IMPORTS = Set.of("ljgk", "hj212");
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PlantVerdicts.class);

    private final IncineratorCatalogue catalogue;
    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final boolean oneShotCommand;

    PlantVerdicts(IncineratorCatalogue catalogue, ElasticsearchClient client, IndexSchema schema, Environment environment) {
        this.catalogue = catalogue;
        this.client = client;
        this.schema = schema;
        this.oneShotCommand = environment.acceptsProfiles(Profiles.of("cli"));
    }

    /** The value stored for a verdict, and accepted by {@code verdict:} and {@code ?verdict=}. */
    static String value(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT);
    }

    /** A one-shot command (user list, nlp analyze…) has no business rewriting plants; its imports still do. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (oneShotCommand) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            // The portal serves without it; the next import writes the verdicts again.
            LOG.warn("Plant verdicts not written at start-up: {}", e.toString());
        }
    }

    @EventListener
    void imported(DataImported event) {
        if (JUDGING_IMPORTS.contains(event.dataset())) {
            refresh();
        }
    }

    /** Rewrites every plant's verdict from the stored days of the default period; returns the plants written. */
    public int refresh() {
        return refresh(id -> true);
    }

    /** Rewrites the verdicts of these plants only (the HJ 212 receiver's, after it judged their days). */
    public int refresh(Set<String> plantIds) {
        return plantIds.isEmpty() ? 0 : refresh(plantIds::contains);
    }

    private synchronized int refresh(Predicate<String> plants) {
        Period period = catalogue.defaultPeriod();
        Map<String, String> verdicts = new HashMap<>();
        catalogue.list(PlantFilter.ALL, period).stream().filter(summary -> plants.test(summary.plant().id()))
                .forEach(summary -> verdicts.put(summary.plant().id(), summary.worst().map(PlantVerdicts::value).orElse(null)));
        List<BulkOperation> batch = new ArrayList<>();
        String alias = schema.alias(IncineratorIndices.FACILITIES);
        for (Map.Entry<String, String> plant : verdicts.entrySet()) {
            Map<String, Object> change = new HashMap<>();
            change.put(FacilityFields.VERDICT, plant.getValue());
            batch.add(BulkOperation.of(o -> o.update(u -> u.index(alias).id(plant.getKey()).action(a -> a.doc(change)))));
            if (batch.size() == BATCH) {
                write(batch);
            }
        }
        write(batch);
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh " + alias, e);
        }
        LOG.debug("Plant verdicts of {} written for {} plants", period, verdicts.size());
        return verdicts.size();
    }

    private void write(List<BulkOperation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            BulkResponse response = client.bulk(b -> b.operations(batch));
            if (response.errors()) {
                // A plant deleted meanwhile (a concurrent import) is not an error worth failing for.
                response.items().stream().filter(item -> item.error() != null && item.status() != 404).findFirst()
                        .ifPresent(item -> {
                            throw new IllegalStateException("cannot write the verdict of plant " + item.id() + ": "
                                    + item.error().reason());
                        });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plant verdicts", e);
        }
        batch.clear();
    }
}
