package org.qianliyan.portal.opinion.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.crawl.CrawlTrouble;
import org.qianliyan.portal.crawl.frontier.FailedFetches.SourceFailures;
import org.qianliyan.portal.crawl.sources.SourceRecord;
import org.qianliyan.portal.opinion.alert.Alert.AlertEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One detection run: spikes of posts per topic, facility and province, surges of negative
 * posts per facility, blocked and failing sources. Each finding becomes an alert under a
 * deterministic id; only alerts not stored before are handed to delivery, so running again
 * raises nothing twice.
 */
public class AlertDetection {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDetection.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String SYSTEM = "system";

    /** A spike dimension: which field, which subject type, which kind. */
    private record Dimension(String field, String subjectType, AlertKind kind, boolean onlyNegative) {
    }

    private static final List<Dimension> DIMENSIONS = List.of(
            new Dimension(PostFields.TOPICS, "topic", AlertKind.TOPIC_SPIKE, false),
            new Dimension(PostFields.FACILITY_IDS, "facility", AlertKind.FACILITY_SPIKE, false),
            new Dimension(PostFields.PROVINCES, "province", AlertKind.PROVINCE_SPIKE, false),
            new Dimension(PostFields.FACILITY_IDS, "facility", AlertKind.FACILITY_NEGATIVE_SURGE, true));

    private final PostCounts counts;
    private final CrawlTrouble crawl;
    private final AlertStore store;
    private final WebhookDelivery delivery;
    private final AlertProperties properties;
    private final Clock clock;

    AlertDetection(PostCounts counts, CrawlTrouble crawl, AlertStore store, WebhookDelivery delivery,
            AlertProperties properties, Clock clock) {
        this.counts = counts;
        this.crawl = crawl;
        this.store = store;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the alerts this run raised for the first time */
    public synchronized List<Alert> run() {
        Instant now = clock.instant();
        List<Alert> found = new ArrayList<>();
        SpikeDetector spikes = new SpikeDetector(properties.spikes());
        SpikeDetector surges = new SpikeDetector(properties.negativeSurges());
        // the bucket holding now and the one before it, each with its full history
        BucketWindow window = BucketWindow.ending(now, properties.bucket(), ZONE, spikes.settings().history() + 2);
        for (Dimension d : DIMENSIONS) {
            SpikeDetector detector = d.onlyNegative() ? surges : spikes;
            for (Map.Entry<String, long[]> series : counts.perSubject(d.field(), d.onlyNegative(), window,
                    properties.maxSubjects()).entrySet()) {
                for (int at = window.length() - 2; at < window.length(); at++) {
                    int bucket = at;
                    detector.test(series.getValue(), at).ifPresent(spike -> found.add(spikeAlert(d, series.getKey(),
                            window.bucketStart(bucket), window.bucketStart(bucket + 1), spike, now)));
                }
            }
        }
        for (SourceRecord source : crawl.blocked()) {
            found.add(newAlert(AlertKind.SOURCE_BLOCKED, "source", source.id(), source.profile().name(),
                    source.blockedAt(), source.blockedAt(), 0, 0, 0, source.blockedReason(), now));
        }
        Instant bucketStart = window.bucketStart(window.length() - 1);
        for (SourceFailures f : crawl.failing(bucketStart, window.end(), properties.sourceFailureMin())) {
            found.add(newAlert(AlertKind.SOURCE_FAILING, "source", f.sourceId(), f.sourceId(), bucketStart, window.end(),
                    f.failures(), 0, 0, f.lastError(), now));
        }
        List<Alert> raised = found.stream().filter(store::createIfAbsent).toList();
        raised.forEach(delivery::deliver);
        if (!raised.isEmpty()) {
            LOG.info("Alert detection raised {} new alerts ({} findings)", raised.size(), found.size());
        }
        return raised;
    }

    private Alert spikeAlert(Dimension d, String subject, Instant start, Instant end, SpikeDetector.Spike spike, Instant now) {
        return newAlert(d.kind(), d.subjectType(), subject, subject, start, end, spike.count(), spike.expected(), spike.score(),
                null, now);
    }

    private static Alert newAlert(AlertKind kind, String subjectType, String subject, String label, Instant start, Instant end,
            long count, double expected, double score, String detail, Instant now) {
        String window = Optional.ofNullable(start).map(Instant::toString).orElse("");
        return new Alert(AlertIds.of(kind, subject, window), kind, subjectType, subject, label, start, end, now, count, expected,
                score, detail, AlertStatus.OPEN, null, List.of(new AlertEvent(now, SYSTEM, "raised", "")), List.of());
    }
}
