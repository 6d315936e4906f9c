package org.qianliyan.portal.opinion.alert;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.qianliyan.portal.opinion.intake.PostFields;

/**
 * Writes {@code posts} documents straight into an index, as the pipeline would have: a quiet
 * history of a few posts a day about one facility, then a burst of negative ones, so the
 * detector has a known spike to find.
 */
public final class PlantedPosts {

    private final ElasticsearchClient client;
    private final String index;

    public PlantedPosts(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** One post; returns its id. */
    public String post(String facilityId, String sentiment, boolean complaint, Instant publishedAt, String author, String text)
            throws IOException {
        String id = "it-" + UUID.randomUUID();
        Map<String, Object> doc = document(id, facilityId, sentiment, complaint, publishedAt, author, text);
        doc.remove("it_id");
        client.index(i -> i.index(index).id(id).document(doc).refresh(Refresh.True));
        return id;
    }

    /**
     * {@code perDay} neutral posts at each of the {@code days} days before {@code now}, then
     * {@code burst} negative ones in the hour before {@code now}.
     */
    public void quietHistoryThenBurst(String facilityId, Instant now, int days, int perDay, int burst) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            for (int n = 0; n < perDay; n++) {
                docs.add(document("it-" + UUID.randomUUID(), facilityId, "NEUTRAL", false,
                        now.minus(day, ChronoUnit.DAYS).minus(n * 7L, ChronoUnit.MINUTES), "quiet", "日常信息"));
            }
        }
        for (int n = 0; n < burst; n++) {
            docs.add(document("it-" + UUID.randomUUID(), facilityId, "NEGATIVE", true,
                    now.minus(1 + n, ChronoUnit.MINUTES), "burst", "焚烧厂臭味太大了"));
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).refresh(Refresh.True);
        for (Map<String, Object> doc : docs) {
            String id = doc.remove("it_id").toString();
            bulk.operations(o -> o.index(i -> i.id(id).document(doc)));
        }
        var response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new IOException("planting posts failed: " + response.items().get(0).error());
        }
    }

    private static Map<String, Object> document(String id, String facilityId, String sentiment, boolean complaint,
            Instant publishedAt, String author, String text) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("it_id", id);
        doc.put(PostFields.URL, "https://example.cn/" + id);
        doc.put(PostFields.CANONICAL_URL, "https://example.cn/" + id);
        doc.put(PostFields.SOURCE_ID, "it-source");
        doc.put(PostFields.KIND, "SITE");
        doc.put(PostFields.TITLE, text);
        doc.put(PostFields.AUTHOR, author);
        doc.put(PostFields.TEXT, text);
        doc.put(PostFields.PUBLISHED_AT, publishedAt.toString());
        doc.put(PostFields.FETCHED_AT, publishedAt.toString());
        doc.put(PostFields.SENTIMENT, sentiment);
        doc.put(PostFields.TOPICS, List.of("ODOUR"));
        doc.put(PostFields.COMPLAINT, complaint);
        doc.put(PostFields.PROVINCES, List.of());
        doc.put(PostFields.FACILITY_IDS, List.of(facilityId));
        doc.put(PostFields.FACILITY_NAMES, List.of(facilityId + " 焚烧厂"));
        doc.put(PostFields.STORY_ID, id);
        doc.put(PostFields.REPOST_COUNT, 0);
        return doc;
    }
}
