package org.qianliyan.portal.opinion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureServer.Route;
import org.qianliyan.crawler.source.SourceKind;

/**
 * A news site and a feed on the crawler's fixture server for the opinion tests: articles and
 * feed items with known publication times in early March 2011 (China Standard Time), a period
 * no other test writes posts into, so the tests can count what the summary must say.
 */
final class OpinionFixtureSite {

    /** One post of the fixture and where it is published. */
    record Item(String path, SourceKind kind, String title, String text, LocalDateTime publishedCst) {

        Instant published() {
            return publishedCst.toInstant(ZoneOffset.ofHours(8));
        }
    }

    static final String LIST = "/opinion/list.html";
    static final String FEED = "/opinion/feed.xml";
    static final String FIRST_DAY = "2011-03-01";
    static final String LAST_DAY = "2011-03-04";

    static final List<Item> ITEMS = List.of(
            article(1, "垃圾焚烧厂夜间冒黑烟 村民投诉", "村民反映附近的垃圾焚烧发电厂夜间烟囱冒黑烟，刺鼻气味很重，晚上睡不着觉。已经多次打12369投诉，希望环保部门尽快调查处理。", 1, 9),
            article(2, "焚烧厂周边恶臭扰民", "焚烧厂周边居民说这几天恶臭难闻，垃圾运输车渗滤液洒了一路，窗户都不敢开，强烈要求企业整改。", 1, 21),
            article(3, "生态环境局公布自动监测数据", "市生态环境局公布了本月垃圾焚烧发电厂自动监测数据，颗粒物、二氧化硫、氮氧化物日均值均在限值以内。", 2, 10),
            article(4, "湿地公园生态修复成效显著", "湿地公园生态修复成效明显，越冬候鸟数量大幅增加，生物多样性持续向好，市民纷纷点赞。", 2, 15),
            article(5, "河道污水直排 河水发黑发臭", "有市民反映城郊一条河道有污水直排，河水发黑发臭，鱼虾死亡，怀疑有企业偷排，希望尽快查处。", 3, 8),
            article(6, "工地夜间施工噪声扰民", "多个小区居民反映附近工地夜间施工噪声很大，严重影响休息，多次投诉仍未解决。", 3, 23),
            feedItem(1, "垃圾分类新规发布", "市里发布生活垃圾分类实施方案，新增一批分类收运设施，提高资源化利用水平。", 1, 12),
            feedItem(2, "焚烧厂开放日 市民参观", "垃圾焚烧发电厂举办公众开放日，市民参观烟气净化系统，对环境管理表示满意。", 2, 11),
            feedItem(3, "土壤污染治理项目启动", "重点地块土壤污染风险管控与修复项目启动，预计明年完成治理。", 4, 9),
            feedItem(4, "空气质量持续改善", "今年以来全市空气质量优良天数比例继续提高，细颗粒物浓度同比下降。", 4, 16));

    private OpinionFixtureSite() {
    }

    static void install(FixtureServer server) {
        StringBuilder list = new StringBuilder("<html><head><meta charset=utf-8><title>环保新闻</title></head><body><ul>");
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>环保资讯</title><link>" + server.url("/opinion/") + "</link><description>测试订阅</description>");
        DateTimeFormatter rfc822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
        for (Item item : ITEMS) {
            if (item.kind() == SourceKind.SITE) {
                list.append("<li><a href=\"").append(item.path()).append("\">").append(item.title()).append("</a></li>");
                server.route(item.path(), Route.text(page(item), "text/html; charset=utf-8"));
            } else {
                feed.append("<item><title>").append(item.title()).append("</title><link>").append(server.url(item.path()))
                        .append("</link><pubDate>").append(rfc822.format(item.publishedCst().atOffset(ZoneOffset.ofHours(8))))
                        .append("</pubDate><description>").append(item.text()).append("</description></item>");
            }
        }
        server.route("/robots.txt", Route.text("User-agent: *\nAllow: /\n", "text/plain"));
        server.route(LIST, Route.text(list.append("</ul></body></html>").toString(), "text/html; charset=utf-8"));
        server.route(FEED, Route.text(feed.append("</channel></rss>").toString(), "application/rss+xml; charset=utf-8"));
    }

    static long count(SourceKind kind) {
        return ITEMS.stream().filter(i -> i.kind() == kind).count();
    }

    private static String page(Item item) {
        // As Chinese sites write it: local time without an offset (the extractor reads it as China time).
        String time = item.publishedCst().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta property=\"article:published_time\" content=\"" + time + "\">"
                + "<title>" + item.title() + "</title></head><body><div class=\"article\"><h1>" + item.title() + "</h1>"
                + "<p>" + item.text() + "</p><p>本网记者将持续关注此事进展，欢迎读者继续提供线索。</p></div></body></html>";
    }

    private static Item article(int n, String title, String text, int day, int hour) {
        return new Item("/opinion/a" + n + ".html", SourceKind.SITE, title, text, LocalDateTime.of(2011, 3, day, hour, 0));
    }

    private static Item feedItem(int n, String title, String text, int day, int hour) {
        return new Item("/opinion/f" + n + ".html", SourceKind.RSS, title, text, LocalDateTime.of(2011, 3, day, hour, 30));
    }
}
