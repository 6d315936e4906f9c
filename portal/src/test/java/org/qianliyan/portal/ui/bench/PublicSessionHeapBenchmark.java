package org.qianliyan.portal.ui.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.qianliyan.portal.QianliyanApplication;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantFilter;
import org.qianliyan.portal.support.BenchFigures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Heap held per anonymous visitor of the public pages (issue 15: at most 100 KB a session on the
 * incinerator list and a plant page, measured with 200 sessions). Starts the portal in this JVM
 * against an Elasticsearch (its own index prefix, the demo data generated as on a fresh install),
 * then, per round, opens sessions over HTTP as a browser's first visit does: the page request
 * (which creates the HTTP and Vaadin session), Vaadin's {@code v-r=init} request (which creates the
 * UI) and the client's {@code ui-navigate} event (which renders the route's view). Used heap after
 * full GCs is read before and after each batch:
 * <ul>
 * <li>baseline: sessions with the page request only, a Vaadin session without a UI;</li>
 * <li>frame: sessions on the page of a plant that does not exist, which is the frame around every page
 * (navigation, language switch) with a link and a heading;</li>
 * <li>list: sessions with the {@code /incinerators} UI;</li>
 * <li>plant: sessions with the UI of one plant's page.</li>
 * </ul>
 * Not replayed: the browser's later requests (a grid asking for its rows, heartbeats). Between
 * rounds every session is expired. Arguments: [sessions per batch, default 200] [rounds, default 3]
 * [Elasticsearch URL, default http://127.0.0.1:9260] [classes to list, default 0: with n &gt; 0 the first round also
 * prints, per kind of session, the n classes whose live bytes grew most, per session]. Run with a fixed heap (-Xms = -Xmx) so the
 * collector does not resize it between readings; the command is in BENCHMARKS.md.
 */
public final class PublicSessionHeapBenchmark {

    private PublicSessionHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String elasticsearch = args.length > 2 ? args[2] : "http://127.0.0.1:9260";
        int classes = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        String prefix = "sessionbench" + UUID.randomUUID().toString().substring(0, 8) + "-";
        // Arguments, not default properties: application.properties would override those (server.port=8080).
        ServletWebServerApplicationContext portal = (ServletWebServerApplicationContext) new SpringApplicationBuilder(
                QianliyanApplication.class).run(
                "--server.port=0",
                "--spring.elasticsearch.uris=" + elasticsearch,
                "--qianliyan.elasticsearch.index-prefix=" + prefix,
                "--qianliyan.data-dir=" + Files.createTempDirectory("qianliyan-sessionbench"),
                "--qianliyan.alerts.enabled=false",
                "--qianliyan.api.anonymous-rate-limit.requests-per-minute=0");
        try {
            IncineratorCatalogue catalogue = portal.getBean(IncineratorCatalogue.class);
            String plant = catalogue.list(PlantFilter.ALL, catalogue.defaultPeriod()).get(0).plant().id();
            Visitor visitor = new Visitor(portal.getWebServer().getPort());
            Manager manager = manager(portal);
            System.out.printf("cores %d, java %s, max heap %d MB, sessions per batch %d, rounds %d, plant %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, sessions, rounds, plant);
            List<Visit> visits = List.of(new Visit("empty session (baseline)", null, null),
                    new Visit("frame (no such plant)", "incinerators/no-such-plant", "language-switch"),
                    new Visit("list page", "incinerators", "incinerator-grid"),
                    new Visit("plant page", "incinerators/" + plant, "plant-calendar"));
            // Warm-up: classes, caches and the JIT see every kind of visit before anything is measured.
            for (Visit visit : visits) {
                batch(visitor, manager, 20, visit);
            }
            expireAll(manager);
            Map<Visit, List<Double>> perSession = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                Histograms histograms = new Histograms(round == 1 ? classes : 0, sessions);
                long before = usedHeapAfterGc();
                histograms.take("start");
                StringBuilder line = new StringBuilder();
                for (Visit visit : visits) {
                    long lastResponses = batch(visitor, manager, sessions, visit);
                    long after = usedHeapAfterGc();
                    histograms.take(visit.name());
                    double kib = kib(after - before, sessions);
                    perSession.computeIfAbsent(visit, v -> new ArrayList<>()).add(kib);
                    line.append(String.format("; %s %.1f (last response kept for a resend %.1f)", visit.name(), kib,
                            kib(lastResponses, sessions)));
                    before = after;
                }
                System.out.printf("round %d: %d sessions open; KiB per session%s%n", round, manager.getActiveSessions(),
                        line);
                expireAll(manager);
            }
            System.out.print("median KiB per session");
            perSession.forEach((visit, figures) -> System.out.printf("; %s %.1f", visit.name(), BenchFigures.median(figures)));
            System.out.println();
        } finally {
            deleteIndices(portal.getBean(ElasticsearchClient.class), prefix);
            portal.close();
        }
    }

    /** The run's own indices, by name (the cluster may refuse wildcard deletes). */
    private static void deleteIndices(ElasticsearchClient client, String prefix) throws Exception {
        List<String> indices = new ArrayList<>(client.indices().get(g -> g.index(prefix + "*")).result().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
    }

    /**
     * Opens {@code count} sessions, each with a UI on the visit's route unless it has none; checks what each holds.
     * Returns the bytes of the UIs' last responses: Vaadin keeps each UI's last answer as a string to resend it
     * if the client repeats its request, until the client's next request replaces it. A browser sends more
     * requests right after the first answer (a grid confirms the rows it received), so there the first, largest
     * answer does not stay; this first visit alone keeps it.
     */
    private static long batch(Visitor visitor, Manager manager, int count, Visit visit) throws Exception {
        long lastResponses = 0;
        for (int i = 0; i < count; i++) {
            String session = visitor.open(visit.route() == null ? "incinerators" : visit.route());
            if (visit.route() != null) {
                visitor.navigate(session, visitor.init(session, visit.route()), visit);
            }
            VaadinSession vaadin = vaadinSession(manager, session);
            vaadin.lock();
            try {
                List<UI> uis = vaadin.getUIs().stream().filter(UI::isAttached).toList();
                if (uis.size() != (visit.route() == null ? 0 : 1)) {
                    throw new IllegalStateException("a session for " + visit.name() + " holds " + uis.size() + " UIs");
                }
                lastResponses += uis.stream().mapToLong(ui -> stringBytes(ui.getInternals().getLastRequestResponse()))
                        .sum();
            } finally {
                vaadin.unlock();
            }
        }
        return lastResponses;
    }

    /** A string's character bytes: one a character while all fit in Latin-1 (compact strings), else two. */
    private static long stringBytes(String text) {
        if (text == null) {
            return 0;
        }
        return text.chars().allMatch(c -> c <= 0xFF) ? text.length() : 2L * text.length();
    }

    private static VaadinSession vaadinSession(Manager manager, String sessionId) throws Exception {
        HttpSession http = manager.findSession(sessionId).getSession();
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                return vaadin;
            }
        }
        throw new IllegalStateException("session " + sessionId + " has no Vaadin session");
    }

    private static void expireAll(Manager manager) {
        for (Session session : manager.findSessions()) {
            session.expire();
        }
    }

    private static Manager manager(ServletWebServerApplicationContext portal) {
        TomcatWebServer server = (TomcatWebServer) portal.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double kib(long bytes, int sessions) {
        return bytes / 1024.0 / sessions;
    }

    /**
     * One kind of visit: a session with a UI on {@code route} (none if null) whose first response must contain
     * {@code expected}, the sign that the view was drawn.
     */
    private record Visit(String name, String route, String expected) {
    }

    /** When asked for, a class histogram after each batch, printed as its growth over the one before. */
    private static final class Histograms {

        private final int classes;
        private final int sessions;
        private ClassHistogram last;

        Histograms(int classes, int sessions) {
            this.classes = classes;
            this.sessions = sessions;
        }

        void take(String batch) throws Exception {
            if (classes == 0) {
                return;
            }
            ClassHistogram now = ClassHistogram.take();
            if (last != null) {
                System.out.printf("%s, top %d classes by bytes per session:%n%s", batch, classes,
                        now.growthSince(last, sessions, classes));
            }
            last = now;
        }
    }

    /** A browser's first visit without the browser: one client, the session cookie carried by hand. */
    private static final class Visitor {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;

        Visitor(int port) {
            this.base = "http://localhost:" + port + "/";
        }

        /** The page request, which answers the bootstrap page and starts a session; returns its id. */
        String open(String route) throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + route))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(route + " answered " + page.statusCode());
            }
            return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(route + " started no session"));
        }

        /** Vaadin's first request from the page: creates the UI; returns its CSRF token. */
        String init(String session, String route) throws Exception {
            HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                    + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            if (init.statusCode() != 200) {
                throw new IllegalStateException("init of " + route + " answered " + init.statusCode());
            }
            return JSON.readTree(init.body()).path("appConfig").path("uidl").path("Vaadin-Security-Key").asText();
        }

        /** The client router's navigation event, as the page sends it after init: renders the view. */
        void navigate(String session, String csrfToken, Visit visit) throws Exception {
            String route = visit.route();
            ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", 0).put("clientId", 0);
            ObjectNode event = message.putArray("rpc").addObject().put("type", "event").put("node", 1)
                    .put("event", "ui-navigate");
            event.putObject("data").put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "")
                    .putObject("historyState").put("idx", 0);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                    .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(), HttpResponse.BodyHandlers.ofString());
            String expected = visit.expected();
            if (response.statusCode() != 200 || !response.body().contains(expected)) {
                throw new IllegalStateException("navigation to " + route + " answered " + response.statusCode()
                        + " without " + expected + ": " + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }
    }
}
