package org.qianliyan.portal.opinion.posts;

import java.util.List;

/** One page of the posts behind a filter, newest first, and how many there are in all. */
public record PostPage(long total, int page, int size, List<PostRow> posts) {
}
