package org.qianliyan.portal.opinion.posts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.stereotype.Service;

/** Pages through the posts behind an {@link OpinionFilter}, newest first. */
@Service
public class PostSearch {

    /** Elasticsearch's default window: deeper pages need search_after, which a staff list never reaches. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_PAGE_SIZE = 500;
    static final int SNIPPET = 160;

    private static final List<String> FIELDS = List.of(PostFields.PUBLISHED_AT, PostFields.SOURCE_ID, PostFields.KIND,
            PostFields.AUTHOR, PostFields.TITLE, PostFields.MASKED_TEXT, PostFields.URL, PostFields.SENTIMENT,
            PostFields.TOPICS, PostFields.COMPLAINT, PostFields.FACILITY_NAMES, PostFields.PROVINCES,
            PostFields.STORY_ID, PostFields.REPOST_COUNT, PostFields.DEMO);

    private final ElasticsearchClient client;
    private final String index;

    public PostSearch(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.index = schema.alias("posts");
    }

    /**
     * @param page 0-based
     * @throws InvalidFilterException when the page lies beyond {@link #MAX_WINDOW} or the size is out of range
     */
    public PostPage page(OpinionFilter filter, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFilterException("parameter 'size' must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidFilterException("parameter 'page' must be between 0 and " + (MAX_WINDOW / size - 1)
                    + " at size " + size + ", got " + page + "; narrow the filter to see older posts");
        }
        return search(filter, page * size, size);
    }

    /** The stories of the period with the widest spread: their first posts, most reposts first (the briefing's top stories). */
    public List<PostRow> mostReposted(OpinionFilter filter, int limit) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).size(limit)
                    .query(q -> q.bool(b -> b.filter(PostQueries.of(filter))
                            .filter(f -> f.range(r -> r.untyped(u -> u.field(PostFields.REPOST_COUNT).gt(JsonData.of(0)))))))
                    .sort(o -> o.field(f -> f.field(PostFields.REPOST_COUNT).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(PostFields.PUBLISHED_AT).order(SortOrder.Desc)))
                    .source(src -> src.filter(f -> f.includes(FIELDS))), Map.class);
            return response.hits().hits().stream().map(PostSearch::row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the most reposted posts", e);
        }
    }

    /** Whether the index holds generated 示例 posts, which every page showing posts must say. */
    public boolean holdsDemoPosts() {
        try {
            return client.count(c -> c.index(index).query(q -> q.term(t -> t.field(PostFields.DEMO).value(true)))).count() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count demo posts", e);
        }
    }

    private PostPage search(OpinionFilter filter, int offset, int size) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).from(offset).size(size)
                    .trackTotalHits(t -> t.enabled(true)).query(PostQueries.of(filter))
                    .sort(o -> o.field(f -> f.field(PostFields.PUBLISHED_AT).order(SortOrder.Desc)))
                    .source(src -> src.filter(f -> f.includes(FIELDS))), Map.class);
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            return new PostPage(total, offset / size, size, response.hits().hits().stream().map(PostSearch::row).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search posts", e);
        }
    }

    private static PostRow row(Hit<Map> hit) {
        Map<?, ?> s = hit.source() == null ? Map.of() : hit.source();
        String masked = text(s.get(PostFields.MASKED_TEXT));
        String snippet = masked.length() <= SNIPPET ? masked : masked.substring(0, SNIPPET) + "…";
        Object published = s.get(PostFields.PUBLISHED_AT);
        return new PostRow(hit.id(), published == null ? null : Instant.parse(published.toString()),
                text(s.get(PostFields.SOURCE_ID)), text(s.get(PostFields.KIND)), text(s.get(PostFields.AUTHOR)),
                text(s.get(PostFields.TITLE)), snippet, text(s.get(PostFields.URL)), text(s.get(PostFields.SENTIMENT)),
                strings(s.get(PostFields.TOPICS)), Boolean.TRUE.equals(s.get(PostFields.COMPLAINT)),
                strings(s.get(PostFields.FACILITY_NAMES)), strings(s.get(PostFields.PROVINCES)),
                text(s.get(PostFields.STORY_ID)),
                s.get(PostFields.REPOST_COUNT) instanceof Number n ? n.intValue() : 0,
                Boolean.TRUE.equals(s.get(PostFields.DEMO)));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
