package org.qianliyan.portal.crawl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureServer.Route;

/**
 * A small site on the crawler's fixture server for the pipeline tests: a list page linking to
 * a UTF-8 news article (twice, once with a tracking parameter), a GBK government page with its
 * charset declared and one without, an exact copy and a repost of the news article, a page that
 * always fails with 500, a missing page, and a page under a robots.txt-disallowed path.
 * A second "site" (same server as 127.0.0.1) answers with a captcha page.
 */
final class FixtureNewsSite {

    static final String LIST = "/news/list.html";
    static final String NEWS = "/news/a1.html";
    static final String GBK_DECLARED = "/news/a2.html";
    static final String GBK_UNDECLARED = "/news/a3.html";
    static final String EXACT_COPY = "/news/a4.html";
    static final String REPOST = "/news/a5.html";
    static final String SERVER_ERROR = "/news/a6.html";
    static final String MISSING = "/news/a7.html";
    static final String DISALLOWED = "/private/secret.html";
    static final String CAPTCHA_LIST = "/guarded/list.html";

    /** The articles that must land in the posts index, once each. */
    static final List<String> ARTICLES = List.of(NEWS, GBK_DECLARED, GBK_UNDECLARED, REPOST);

    private FixtureNewsSite() {
    }

    static void install(FixtureServer server) {
        byte[] news = FixtureServer.readResource("site/news-article.html");
        String newsText = new String(news, StandardCharsets.UTF_8);
        byte[] repost = newsText.replaceFirst("<p>", "<p>转发：").getBytes(StandardCharsets.UTF_8);
        server.route("/robots.txt", Route.text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        server.route(LIST, Route.text(list(NEWS + "?utm_source=weixin", NEWS, GBK_DECLARED, GBK_UNDECLARED, EXACT_COPY,
                REPOST, SERVER_ERROR, MISSING, DISALLOWED), "text/html; charset=utf-8"));
        server.route(NEWS, Route.body(news, "text/html; charset=utf-8"));
        server.route(GBK_DECLARED, Route.resource("site/gov-article.html", "text/html"));
        server.route(GBK_UNDECLARED, Route.resource("site/gov-article-undeclared.html", "text/html"));
        server.route(EXACT_COPY, Route.body(news, "text/html; charset=utf-8"));
        server.route(REPOST, Route.body(repost, "text/html; charset=utf-8"));
        server.route(SERVER_ERROR, Route.status(500, Map.of()));
        server.route(MISSING, Route.status(404, Map.of()));
        server.route(DISALLOWED, Route.text("<html><body>secret</body></html>", "text/html; charset=utf-8"));
        server.route(CAPTCHA_LIST, Route.resource("site/captcha.html", "text/html; charset=utf-8"));
    }

    private static String list(String... paths) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=utf-8><title>新闻列表</title></head><body><ul>");
        for (String p : paths) {
            html.append("<li><a href=\"").append(p).append("\">").append(p).append("</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }
}
