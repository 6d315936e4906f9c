package org.qianliyan.portal.crawl.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.source.SourceProfiles;

/**
 * The {@code sources} index: one document per source, id = the source id, holding the
 * profile's JSON exactly as the crawler module writes it ({@link SourceProfiles}) under
 * {@code profile}, and beside it the fields staff filter on ({@code name}, {@code kind},
 * {@code enabled}) and the anti-bot flag ({@code blocked}, {@code blocked_reason},
 * {@code blocked_at}). Writes are refreshed at once: staff expect to see what they saved.
 */
public class SourceRepository {

    static final String PROFILE = "profile";
    static final String BLOCKED = "blocked";
    static final String BLOCKED_REASON = "blocked_reason";
    static final String BLOCKED_AT = "blocked_at";
    static final String UPDATED_AT = "updated_at";
    private static final int MAX_SOURCES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final String index;

    /**
     * @param client the Elasticsearch client
     * @param index  the {@code sources} alias (or index)
     */
    public SourceRepository(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Saves a profile (new or changed); a block flag stays until staff clear it. */
    public void save(SourceProfile profile, Instant now) {
        Optional<SourceRecord> current = find(profile.id());
        write(new SourceRecord(profile, current.map(SourceRecord::blockedReason).orElse(null),
                current.map(SourceRecord::blockedAt).orElse(null), now));
    }

    /** @return the source with that id */
    public Optional<SourceRecord> find(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id), Map.class);
            return response.found() ? Optional.of(record(response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read source " + id, e);
        }
    }

    /** @return every source, by id */
    public List<SourceRecord> findAll() {
        try {
            return client.search(s -> s.index(index).size(MAX_SOURCES), Map.class).hits().hits().stream()
                    .map(h -> record(h.source()))
                    .sorted(Comparator.comparing(SourceRecord::id))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list sources", e);
        }
    }

    /** @return the enabled profiles, the crawl's input */
    public List<SourceProfile> enabledProfiles() {
        return findAll().stream().map(SourceRecord::profile).filter(SourceProfile::enabled).toList();
    }

    /** Enables or disables a source. */
    public void setEnabled(String id, boolean enabled, Instant now) {
        find(id).ifPresent(r -> {
            SourceProfile p = r.profile();
            write(new SourceRecord(new SourceProfile(p.id(), p.name(), p.kind(), p.seedUrls(), p.linkPattern(),
                    p.listPattern(), p.selectors(), p.dateFormats(), p.cookies(), p.revisitInterval(), enabled),
                    r.blockedReason(), r.blockedAt(), now));
        });
    }

    /** Flags a source for staff after an anti-bot answer. */
    public void flagBlocked(String id, String reason, Instant at) {
        find(id).ifPresent(r -> write(new SourceRecord(r.profile(), reason == null ? "blocked" : reason, at, r.updatedAt())));
    }

    /** Clears the anti-bot flag (staff looked at it). */
    public void clearBlocked(String id) {
        find(id).ifPresent(r -> write(new SourceRecord(r.profile(), null, null, r.updatedAt())));
    }

    private void write(SourceRecord record) {
        Map<String, Object> doc = new HashMap<>();
        try {
            doc.put(PROFILE, JSON.readValue(SourceProfiles.toJson(record.profile()), new TypeReference<HashMap<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The crawler wrote a profile it cannot read: " + record.id(), e);
        }
        doc.put("id", record.id());
        doc.put("name", record.profile().name());
        doc.put("kind", record.profile().kind().name());
        doc.put("enabled", record.profile().enabled());
        doc.put(BLOCKED, record.blocked());
        doc.put(BLOCKED_REASON, record.blockedReason());
        doc.put(BLOCKED_AT, text(record.blockedAt()));
        doc.put(UPDATED_AT, text(record.updatedAt()));
        try {
            client.index(i -> i.index(index).id(record.id()).document(doc)
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save source " + record.id(), e);
        }
    }

    private static SourceRecord record(Map<?, ?> source) {
        Object profile = source.get(PROFILE);
        Object reason = source.get(BLOCKED_REASON);
        Object blockedAt = source.get(BLOCKED_AT);
        Object updatedAt = source.get(UPDATED_AT);
        try {
            return new SourceRecord(SourceProfiles.fromJson(JSON.writeValueAsString(profile)),
                    reason == null ? null : reason.toString(), instant(blockedAt), instant(updatedAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored source", e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
