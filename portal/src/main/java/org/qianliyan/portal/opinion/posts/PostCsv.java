package org.qianliyan.portal.opinion.posts;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.qianliyan.portal.csv.CsvWriter;

/** The posts behind a filter as CSV for Excel (UTF-8 with BOM), at most {@link PostSearch#MAX_WINDOW} rows. */
public final class PostCsv {

    static final List<String> HEADERS = List.of("published_at", "source_id", "kind", "author", "title", "masked_text",
            "sentiment", "topics", "complaint", "facilities", "provinces", "story_id", "repost_count", "demo", "url");

    private PostCsv() {
    }

    public static String of(PostSearch search, OpinionFilter filter) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text).row(HEADERS);
        int size = PostSearch.MAX_PAGE_SIZE;
        for (int page = 0; (long) (page + 1) * size <= PostSearch.MAX_WINDOW; page++) {
            PostPage result = search.page(filter, page, size);
            for (PostRow p : result.posts()) {
                csv.row(List.of(p.publishedAt() == null ? "" : p.publishedAt().atZone(OpinionFilter.ZONE).toOffsetDateTime(),
                        p.sourceId(), p.kind(), p.author(), p.title(), p.snippet(), p.sentiment(), String.join(" ", p.topics()),
                        p.complaint(), String.join(" ", p.facilityNames()), String.join(" ", p.provinces()), p.storyId(),
                        p.repostCount(), p.demo(), p.url()));
            }
            if ((long) (page + 1) * size >= result.total()) {
                break;
            }
        }
        return text.toString();
    }
}
