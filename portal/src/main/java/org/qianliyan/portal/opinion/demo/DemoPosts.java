package org.qianliyan.portal.opinion.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.portal.opinion.posts.OpinionFilter;

/**
 * Invented posts for a fresh installation, written from our own templates around the demo
 * plants (示例…): news, WeChat articles, Weibo posts and a feed, across the plants' provinces,
 * favourable, neutral and unfavourable, on several topics, with reposts that form stories, a
 * few complaints, and a planted spike of complaints about the first plant in the last
 * {@link #SPIKE_DAYS} days. Every title says 示例. The same seed and day give the same posts.
 */
final class DemoPosts {

    /** A demo plant the posts talk about. */
    record Plant(String id, String name, String province, String city) {
    }

    static final String URL_BASE = "https://demo.qianliyan.invalid/posts/";
    static final int SPIKE_DAYS = 3;
    static final int SPIKE_PER_DAY = 12;

    private record Source(String id, SourceKind kind, String author) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("demo-news", SourceKind.SITE, "示例新闻网"),
            new Source("demo-wechat", SourceKind.WECHAT, "示例环保公众号"),
            new Source("demo-weibo", SourceKind.WEIBO, null),
            new Source("demo-feed", SourceKind.RSS, "示例生态环境资讯"));

    /** {plant} {city} {province}: negative first, then neutral, then positive, then topics away from the plants. */
    private static final List<String[]> PLANT_TEMPLATES = List.of(
            new String[] {"{plant}夜间冒黑烟", "住在{plant}附近，这几天晚上烟囱一直冒黑烟，刺鼻的气味让人睡不着，已经打12369投诉了，希望环保部门尽快来查。"},
            new String[] {"{plant}周边恶臭扰民", "{city}{plant}周边又是一股恶臭，垃圾车渗滤液洒了一路，窗户都不敢开，太难闻了，强烈要求整改。"},
            new String[] {"{plant}公布月度监测数据", "{province}生态环境部门公布了{plant}上月的自动监测数据，颗粒物、二氧化硫、氮氧化物日均值均在排放限值以内。"},
            new String[] {"{plant}举办公众开放日", "{plant}举办公众开放日，市民代表参观了垃圾焚烧发电全过程和烟气净化系统，大家对环境管理表示满意，点赞。"},
            new String[] {"{plant}完成超低排放改造", "{city}{plant}完成烟气超低排放改造，运行稳定，周边空气质量持续改善，居民普遍认可。"});

    private static final List<String[]> CITY_TEMPLATES = List.of(
            new String[] {"{city}一河段河水发黑发臭", "有网友反映{city}城郊一条河段河水发黑发臭，疑似有企业偷排污水，当地已派人取样调查。"},
            new String[] {"{city}工地夜间施工噪声扰民", "{city}多个小区居民反映附近工地夜间施工，噪声很大，影响休息，多次投诉仍未解决。"},
            new String[] {"{city}湿地生态修复见成效", "{city}湿地公园生态修复成效明显，今年越冬候鸟数量增加，生物多样性持续向好。"},
            new String[] {"{city}推进生活垃圾分类", "{city}发布生活垃圾分类实施方案，新增一批分类收运设施，提高垃圾资源化利用水平。"});

    private final Random random;

    DemoPosts(long seed) {
        this.random = new Random(seed);
    }

    /** Posts over the {@code days} days up to {@code lastDay}, with the spike about the first plant at the end. */
    List<CrawledDocument> generate(List<Plant> plants, LocalDate lastDay, int days, Instant fetchedAt) {
        if (plants.isEmpty()) {
            return List.of();
        }
        List<CrawledDocument> posts = new ArrayList<>();
        for (int d = days - 1; d >= 0; d--) {
            LocalDate day = lastDay.minusDays(d);
            int ordinary = 6 + random.nextInt(6);
            for (int i = 0; i < ordinary; i++) {
                Plant plant = plants.get(random.nextInt(plants.size()));
                boolean aboutPlant = random.nextInt(3) > 0;
                String[] template = aboutPlant ? PLANT_TEMPLATES.get(random.nextInt(PLANT_TEMPLATES.size()))
                        : CITY_TEMPLATES.get(random.nextInt(CITY_TEMPLATES.size()));
                posts.add(post(posts.size(), SOURCES.get(random.nextInt(SOURCES.size())), plant, template, day));
                if (random.nextInt(8) == 0) {
                    posts.add(repost(posts.size(), posts.get(posts.size() - 1), day));
                }
            }
            if (d < SPIKE_DAYS) {
                for (int i = 0; i < SPIKE_PER_DAY; i++) {
                    posts.add(post(posts.size(), SOURCES.get(2), plants.get(0), PLANT_TEMPLATES.get(i % 2), day));
                }
            }
        }
        return posts;
    }

    private CrawledDocument post(int n, Source source, Plant plant, String[] template, LocalDate day) {
        String title = "【示例】" + fill(template[0], plant);
        // A per-post detail keeps ordinary posts from all collapsing into one story.
        String text = fill(template[1], plant) + "（示例数据，第" + (n + 1) + "条，非真实信息）";
        String author = source.author() != null ? source.author() : "示例网友" + (1 + random.nextInt(40));
        return document(n, source, title, author, text, time(day));
    }

    private CrawledDocument repost(int n, CrawledDocument original, LocalDate day) {
        Source weibo = SOURCES.get(2);
        return document(n, weibo, original.title(), "示例网友" + (1 + random.nextInt(40)), "转发：" + original.text(), time(day));
    }

    private Instant time(LocalDate day) {
        return day.atTime(7 + random.nextInt(16), random.nextInt(60)).atZone(OpinionFilter.ZONE).toInstant();
    }

    private CrawledDocument document(int n, Source source, String title, String author, String text, Instant published) {
        String url = URL_BASE + source.id() + "/" + (n + 1);
        Engagement engagement = new Engagement(random.nextInt(5_000), random.nextInt(300), random.nextInt(50),
                random.nextInt(80), -1);
        return new CrawledDocument(url, url, source.id(), source.kind(), title, author, published, text, "",
                engagement, published.plusSeconds(600), sha256(text), null);
    }

    private static String fill(String template, Plant plant) {
        return template.replace("{plant}", plant.name()).replace("{city}", plant.city()).replace("{province}", plant.province());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
