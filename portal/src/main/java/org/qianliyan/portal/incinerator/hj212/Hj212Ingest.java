package org.qianliyan.portal.incinerator.hj212;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.imports.DataImported;
import org.qianliyan.portal.incinerator.catalogue.PlantVerdicts;
import org.qianliyan.portal.incinerator.hj212.outlets.DeviceMapStore;
import org.qianliyan.portal.incinerator.hj212.outlets.DeviceOutlet;
import org.qianliyan.portal.incinerator.hj212.outlets.Hj212DayJudge;
import org.qianliyan.portal.incinerator.store.BulkSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Parses frames and stores what they carry; a bad frame is counted and logged, never
 * stored. Hours and furnace temperatures of a device in the mapping are stored under its
 * plant and outlet, and the days they fall on are judged when the session is flushed;
 * those of an unmapped device keep its device number until staff map it.
 */
@Service
public class Hj212Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Hj212Ingest.class);

    private final Hj212Parser parser = new Hj212Parser();
    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final DeviceMapStore devices;
    private final Hj212DayJudge judge;
    private final ApplicationEventPublisher events;
    private final PlantVerdicts verdicts;

    public Hj212Ingest(ElasticsearchClient client, IndexSchema schema, DeviceMapStore devices, Hj212DayJudge judge,
                       ApplicationEventPublisher events, PlantVerdicts verdicts) {
        this.client = client;
        this.schema = schema;
        this.devices = devices;
        this.judge = judge;
        this.events = events;
        this.verdicts = verdicts;
    }

    /** A session of frames written through one bulk sink; close it to flush. */
    public Session open() {
        return new Session(new BulkSink(client));
    }

    /** A day of a mapped outlet that received hours or temperatures. */
    private record JudgedDay(DeviceOutlet outlet, LocalDate date) {
        static final Set<String> MEASURED = Set.of(Hj212Documents.MONITORING_HOURS, Hj212Documents.FURNACE_TEMPERATURES);
    }

    public final class Session implements AutoCloseable {

        private final BulkSink sink;
        private long accepted;
        private long rejected;
        private long stored;
        private long judged;
        private boolean announced;
        private final Set<JudgedDay> touched = new LinkedHashSet<>();

        private Session(BulkSink sink) {
            this.sink = sink;
        }

        /** @param origin where the frame came from, for the log ({@code file:12}, a peer address) */
        public Hj212ParseResult accept(String text, String origin) throws IOException {
            Hj212ParseResult result = parser.parse(text);
            if (result.rejection().isPresent()) {
                rejected++;
                LOG.warn("HJ 212 frame rejected from {}: {}", origin, result.rejection().get());
                return result;
            }
            accepted++;
            Optional<DeviceOutlet> outlet = devices.current().outlet(result.frame().get().mn());
            for (var document : Hj212Documents.of(result.frame().get())) {
                if (outlet.isPresent() && JudgedDay.MEASURED.contains(document.index())) {
                    document.source().put("facility_id", outlet.get().plantId());
                    document.source().put("point_id", outlet.get().pointId());
                    touched.add(new JudgedDay(outlet.get(), result.frame().get().dataTime().orElseThrow().toLocalDate()));
                }
                sink.index(schema.alias(document.index()), document.id(), document.source());
                stored++;
            }
            return result;
        }

        /** Writes what is buffered and judges the days of mapped outlets that received data. */
        public void flush() throws IOException {
            sink.flush();
            if (stored > 0 && !announced) {
                announced = true;
                events.publishEvent(new DataImported("hj212", false));
            }
            if (touched.isEmpty()) {
                return;
            }
            client.indices().refresh(r -> r.index(schema.alias(Hj212Documents.MONITORING_HOURS),
                    schema.alias(Hj212Documents.FURNACE_TEMPERATURES)));
            Set<String> judgedPlants = new HashSet<>();
            for (JudgedDay day : touched) {
                if (judge.judge(day.outlet(), day.date()).isPresent()) {
                    judged++;
                    judgedPlants.add(day.outlet().plantId());
                }
            }
            touched.clear();
            verdicts.refresh(judgedPlants);
        }

        /** Outlet-days judged so far. */
        public long judged() {
            return judged;
        }

        public long accepted() {
            return accepted;
        }

        public long rejected() {
            return rejected;
        }

        public long stored() {
            return stored;
        }

        @Override
        public void close() throws IOException {
            flush();
            sink.close();
        }
    }
}
