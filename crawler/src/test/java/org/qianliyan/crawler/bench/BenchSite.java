package org.qianliyan.crawler.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.qianliyan.crawler.Crawler;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/**
 * The crawl benchmarks' site: generated UTF-8 news pages on many loopback hosts (127.0.0.2 …), each
 * host a list page linking its articles, served by {@link StaticSiteServer} in a process of its own
 * with TCP_NODELAY, as real web servers set it (without it the JDK server's last small segment of a
 * page waits for the client's delayed ACK, ~40 ms on nearly every crawler fetch, and the benchmark
 * measured that timer instead of the crawler: docs/benchmarks/crawler.md). Closing it stops the server
 * and deletes the pages.
 */
public final class BenchSite implements AutoCloseable {

    private final Path directory;
    private final Process server;
    private final List<String> urls;
    private final SourceProfile profile;
    private final Set<String> allow;
    private final int articles;
    private final long bytes;

    private BenchSite(Path directory, Process server, List<String> urls, SourceProfile profile, Set<String> allow,
            int articles, long bytes) {
        this.directory = directory;
        this.server = server;
        this.urls = urls;
        this.profile = profile;
        this.allow = allow;
        this.articles = articles;
        this.bytes = bytes;
    }

    /** Generates the pages and starts their server. */
    public static BenchSite start(int hosts, int pagesPerHost, int pageBytes) throws IOException {
        Path directory = Files.createTempDirectory("crawl-bench");
        long bytes = generate(directory, hosts, pagesPerHost, pageBytes);
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                StaticSiteServer.class.getName(), directory.toString(), Integer.toString(hosts))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int port;
        try {
            port = port(server.getInputStream());
        } catch (IOException | RuntimeException e) {
            server.destroy();
            delete(directory);
            throw e;
        }
        List<String> seeds = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Set<String> allow = new HashSet<>();
        for (int k = 0; k < hosts; k++) {
            String base = "http://" + hostAddress(k) + ":" + port + "/h" + k;
            seeds.add(base + "/list.html");
            urls.add(base + "/list.html");
            for (int i = 1; i <= pagesPerHost; i++) {
                urls.add(base + "/" + i + ".html?utm_source=list");
            }
            allow.add(hostAddress(k) + ":" + port);
        }
        SourceProfile profile = new SourceProfile("bench", null, SourceKind.SITE, seeds, "/h\\d+/\\d+\\.html", null,
                FieldSelectors.NONE, List.of(), Map.of(), null, true);
        return new BenchSite(directory, server, urls, profile, allow, hosts * pagesPerHost, bytes);
    }

    /** @return every page's URL, list pages and articles, as the list pages link them */
    public List<String> urls() {
        return urls;
    }

    public long meanPageBytes() {
        return bytes / urls.size();
    }

    /**
     * The crawler's side: a whole {@link Crawler#runOnce()} from the list pages as seeds, {@code workers} workers, a
     * fresh {@link HttpFetcher} (SSRF guard with the loopback hosts allow-listed as the crawler tests do, robots.txt
     * fetched per host, one connection per host, no politeness delay on loopback), extraction, link discovery, a
     * counting sink; it must fetch every page and store every article.
     *
     * @param frontier an empty frontier
     * @return pages per second
     */
    public double crawl(FrontierStore frontier, int workers) throws InterruptedException {
        AtomicLong documents = new AtomicLong();
        CrawlerSettings settings = CrawlerSettings.defaults("bench").withWorkers(workers);
        try (HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults().withHostDelay(Duration.ZERO),
                new AddressGuard(HostResolver.SYSTEM, allow))) {
            Crawler crawler = new Crawler(frontier, fetcher, d -> documents.incrementAndGet(), List.of(profile), settings,
                    Clock.systemUTC());
            crawler.seed();
            long start = System.nanoTime();
            crawler.runOnce();
            double rate = urls.size() / ((System.nanoTime() - start) / 1e9);
            SourceProgress progress = crawler.progress().get("bench");
            if (progress.fetched() != urls.size() || documents.get() != articles) {
                throw new IllegalStateException("crawler fetched " + progress.fetched() + " of " + urls.size()
                        + " pages and stored " + documents.get() + " of " + articles + " articles: " + progress);
            }
            return rate;
        }
    }

    @Override
    public void close() throws IOException {
        server.getOutputStream().close();
        server.destroy();
        delete(directory);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** @return the loopback address of host k of the site */
    static String hostAddress(int k) {
        return "127.0.0." + (2 + k);
    }

    /** Writes {@code h<k>/list.html} and {@code h<k>/<i>.html} per host; @return the bytes written */
    private static long generate(Path site, int hosts, int pagesPerHost, int pageBytes) throws IOException {
        long bytes = 0;
        for (int k = 0; k < hosts; k++) {
            Path dir = Files.createDirectories(site.resolve("h" + k));
            StringBuilder list = new StringBuilder("<html><head><meta charset=utf-8><title>新闻列表</title></head><body><ul>");
            for (int i = 1; i <= pagesPerHost; i++) {
                byte[] article = FixtureSite.article(k * 10_000 + i, pageBytes);
                Files.write(dir.resolve(i + ".html"), article);
                bytes += article.length;
                list.append("<li><a href=\"/h").append(k).append('/').append(i).append(".html?utm_source=list\">第")
                        .append(i).append("篇</a></li>");
            }
            byte[] listBytes = list.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("list.html"), listBytes);
            bytes += listBytes.length;
        }
        return bytes;
    }

    private static int port(InputStream serverOut) throws IOException {
        String line = new BufferedReader(new InputStreamReader(serverOut, StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("port ")) {
            throw new IllegalStateException("the page server did not start: " + line);
        }
        return Integer.parseInt(line.substring(5));
    }
}
