package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.qianliyan.portal.opinion.intake.PostFields;

/**
 * Staff reads of the {@code posts} index (the original text, the author) and the partial
 * updates that put a review's corrections on the post, so every count reflects them. The
 * stored HTML is sanitised once more with jsoup's {@link Safelist#basic()} on the way out:
 * no crawled markup reaches a page raw, whatever wrote the document.
 */
class StaffPostIndex {

    /** The unmasked originals, where the pipeline keeps them apart from the masked, searchable fields. */
    private static final String RAW_TITLE = "raw_title";
    private static final String RAW_TEXT = "raw_text";

    private final ElasticsearchClient client;
    private final String index;

    StaffPostIndex(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    Optional<StaffPost> find(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id), Map.class);
            return response.found() ? Optional.of(post(id, response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read post " + id, e);
        }
    }

    /** Puts corrected fields on a stored post. */
    void update(String id, Map<String, Object> fields) {
        try {
            client.update(u -> u.index(index).id(id).doc(fields).retryOnConflict(3).refresh(Refresh.True), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update post " + id, e);
        }
    }

    /** @return the text (title and body) of each post found, by id */
    Map<String, String> texts(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            for (MultiGetResponseItem<Map> item : client.mget(m -> m.index(index).ids(ids)
                    .sourceIncludes(PostFields.TITLE, PostFields.TEXT, RAW_TITLE, RAW_TEXT), Map.class).docs()) {
                if (item.isResult() && item.result().found()) {
                    Map<?, ?> s = item.result().source();
                    String title = original(s, RAW_TITLE, PostFields.TITLE);
                    String text = original(s, RAW_TEXT, PostFields.TEXT);
                    texts.put(item.result().id(), title.isEmpty() ? text : title + "\n" + text);
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read post texts", e);
        }
    }

    private static StaffPost post(String id, Map<?, ?> s) {
        Object published = s.get(PostFields.PUBLISHED_AT);
        Object html = s.get(PostFields.HTML);
        Object reposts = s.get(PostFields.REPOST_COUNT);
        return new StaffPost(id, str(s.get(PostFields.URL)), str(s.get(PostFields.SOURCE_ID)), str(s.get(PostFields.KIND)),
                original(s, RAW_TITLE, PostFields.TITLE), str(s.get(PostFields.AUTHOR)),
                published == null ? null : Instant.parse(published.toString()), original(s, RAW_TEXT, PostFields.TEXT),
                html == null ? "" : Jsoup.clean(html.toString(), Safelist.basic()), str(s.get(PostFields.SENTIMENT)),
                ReviewDocuments.strings(s.get(PostFields.TOPICS)), Boolean.TRUE.equals(s.get(PostFields.COMPLAINT)),
                ReviewDocuments.strings(s.get(PostFields.PLACES)), ReviewDocuments.strings(s.get(PostFields.FACILITY_IDS)),
                ReviewDocuments.strings(s.get(PostFields.FACILITY_NAMES)), str(s.get(PostFields.STORY_ID)),
                reposts instanceof Number n ? n.intValue() : 0);
    }

    /** Staff read the original: the raw field when the post has one, else the stored one. */
    private static String original(Map<?, ?> source, String raw, String stored) {
        Object value = source.get(raw);
        return value != null ? value.toString() : str(source.get(stored));
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
