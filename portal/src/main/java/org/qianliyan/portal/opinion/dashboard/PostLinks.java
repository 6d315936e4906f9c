package org.qianliyan.portal.opinion.dashboard;

import com.vaadin.flow.router.QueryParameters;
import org.qianliyan.portal.opinion.posts.OpinionFilter;

/** Links that carry an {@link OpinionFilter} in their query string, relative to the application's root. */
public final class PostLinks {

    static final String DASHBOARD = "staff/opinion";
    static final String POSTS = "staff/opinion/posts";
    /** The complaint review's detail page of one post (owned by the review feature). */
    static final String POST = "staff/opinion/posts/";

    private PostLinks() {
    }

    public static String dashboard(OpinionFilter filter) {
        return DASHBOARD + "?" + query(filter);
    }

    public static String posts(OpinionFilter filter) {
        return POSTS + "?" + query(filter);
    }

    public static String post(String id) {
        return POST + id;
    }

    /** The staff API's CSV of the posts behind {@code filter}. */
    public static String csv(OpinionFilter filter) {
        return "api/v1/staff/posts?" + query(filter) + "&format=csv";
    }

    public static QueryParameters parameters(OpinionFilter filter) {
        return QueryParameters.simple(filter.toParameters());
    }

    private static String query(OpinionFilter filter) {
        return parameters(filter).getQueryString();
    }
}
