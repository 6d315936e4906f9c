package org.qianliyan.crawler.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for {@link CrawlBenchmark}, run as a process of its own so the page
 * server's work is not counted in the crawler's JVM (JDK 17 has no {@code jwebserver}). It
 * listens on the same port on loopback addresses 127.0.0.2 … 127.0.0.(1 + hosts), so one
 * generated site looks like many hosts; {@code /h<k>/…} is the path of host k's pages, and
 * any other path is 404 (robots.txt included: everything allowed). Prints its port, then serves
 * until its standard input closes.
 *
 * <p>Usage: {@code StaticSiteServer <directory> <hosts>}, with {@code -Dsun.net.httpserver.nodelay=true}
 * as {@link CrawlBenchmark} starts it.
 */
public final class StaticSiteServer {

    private StaticSiteServer() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toRealPath();
        int hosts = Integer.parseInt(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<HttpServer> servers = new ArrayList<>();
        int port = 0;
        for (int k = 0; k < hosts; k++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(BenchSite.hostAddress(k), port), 256);
            port = server.getAddress().getPort();
            server.createContext("/", exchange -> serve(root, exchange));
            server.setExecutor(pool);
            server.start();
            servers.add(server);
        }
        System.out.println("port " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the benchmark closes our standard input (or dies)
        }
        servers.forEach(s -> s.stop(0));
        pool.shutdownNow();
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
