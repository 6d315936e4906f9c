package org.qianliyan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.opinion.alert.Alert;
import org.qianliyan.portal.opinion.alert.AlertKind;
import org.qianliyan.portal.opinion.alert.AlertStatus;
import org.qianliyan.portal.opinion.alert.AlertStore;
import org.qianliyan.portal.security.account.ApiTokens;
import org.qianliyan.portal.security.account.IssuedToken;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.UserAccounts;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An anonymous visitor walks every page the router knows and every {@code /api/v1/**}
 * endpoint Spring knows, whatever features are added later, after staff data has been
 * planted: an individual social post with its author and its unmasked original, a user and
 * a token, an alert, an HJ 212 device waiting to be mapped. No response may contain any
 * of it; staff pages send the visitor to the login, and the staff API answers 401 JSON.
 */
@PortalIntegrationTest
class AnonymousSweepIT {

    private static final Set<RequestMethod> ALL_METHODS = Set.of(RequestMethod.GET, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    IndexSchema schema;

    @Autowired
    AlertStore alerts;

    @Test
    void no_page_and_no_api_endpoint_gives_an_anonymous_visitor_staff_data() throws Exception {
        Planted planted = plantStaffData();
        List<String> visited = new ArrayList<>();

        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()) {
            String path = "/" + fill(route.getTemplate(), planted);
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
            visited.add("GET " + path + " -> " + response.statusCode());
            planted.assertAbsentFrom(path, response);
            if (!route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(staffPageIsClosed(response)).as("%s is a staff page and must lead to the login", path).isTrue();
            }
        }

        for (Map.Entry<RequestMappingInfo, HandlerMethod> endpoint : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : endpoint.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                Set<RequestMethod> methods = endpoint.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? ALL_METHODS : methods) {
                    String path = fill(pattern, planted) + query(endpoint.getValue(), planted);
                    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/json")
                            .method(method.name(), method == RequestMethod.GET || method == RequestMethod.DELETE
                                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")));
                    visited.add(method + " " + path + " -> " + response.statusCode());
                    planted.assertAbsentFrom(method + " " + path, response);
                    if (pattern.startsWith("/api/v1/staff/")) {
                        assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(401);
                        assertThat(response.body()).as("%s %s", method, path).contains("\"error\"");
                    }
                }
            }
        }

        assertThat(visited).as("the sweep reached the pages and the APIs it must cover")
                .anyMatch(v -> v.startsWith("GET /staff/users"))
                .anyMatch(v -> v.startsWith("GET /staff/opinion/alerts"))
                .anyMatch(v -> v.startsWith("GET /staff/opinion/posts/" + planted.postId()))
                .anyMatch(v -> v.startsWith("GET /staff/sources"))
                .anyMatch(v -> v.startsWith("GET /staff/imports"))
                .anyMatch(v -> v.startsWith("GET /api/v1/staff/users"))
                .anyMatch(v -> v.startsWith("GET /api/v1/staff/alerts?"))
                .anyMatch(v -> v.startsWith("GET /api/v1/staff/alerts.atom"))
                .anyMatch(v -> v.startsWith("POST /api/v1/staff/alerts/"))
                .anyMatch(v -> v.startsWith("GET /api/v1/staff/posts/" + planted.postId()))
                .anyMatch(v -> v.startsWith("POST /api/v1/staff/posts/" + planted.postId() + "/review"))
                .anyMatch(v -> v.startsWith("GET /api/v1/staff/reviews/sentiment.csv"))
                .anyMatch(v -> v.startsWith("GET /api/v1/staff/hj212/unmapped"))
                .anyMatch(v -> v.startsWith("PUT /api/v1/staff/hj212/mapping"))
                .anyMatch(v -> v.startsWith("GET /api/v1/search"));
    }

    /** A staff page answers an anonymous visitor with a redirect to the login before any of the view is sent. */
    private static boolean staffPageIsClosed(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    private Planted plantStaffData() throws IOException {
        String user = accounts.add("sentinel-" + marker, StaffRole.STAFF, "Sentinel-pass-" + marker).name();
        IssuedToken token = tokens.create(user, "sentinellabel" + marker);
        String postId = "sentinelpost" + marker;
        String author = "sentinelauthor" + marker;
        String searched = "sentineltext" + marker;
        String body = "sentinelbody" + marker;
        String text = body + " " + searched;
        Map<String, Object> post = new HashMap<>();
        post.put("url", "https://weibo.com/" + author + "/1");
        post.put("canonical_url", "https://weibo.com/" + author + "/1");
        post.put("source_id", "weibo");
        post.put("kind", "WEIBO");
        post.put("title", text);
        post.put("title_words", text);
        post.put("author", author);
        post.put("text", text + " 垃圾焚烧厂 臭味");
        post.put("text_words", body + " " + searched + " 垃圾 焚烧厂 臭味");
        post.put("masked_text", text);
        String raw = "sentinelraw" + marker;
        post.put("raw_title", raw);
        post.put("raw_text", raw + " 13812345678");
        post.put("published_at", Instant.now().toString());
        elasticsearch.index(i -> i.index(schema.alias("posts")).id(postId).refresh(Refresh.True).document(post));

        String alertLabel = "sentinelalert" + marker;
        Instant raised = Instant.now();
        alerts.createIfAbsent(new Alert("sentinel-" + marker, AlertKind.SOURCE_FAILING, "source", "sentinel-" + marker,
                alertLabel, raised.minusSeconds(3600), raised, raised, 9, 1, 0, alertLabel, AlertStatus.OPEN, user,
                List.of(new Alert.AlertEvent(raised, "system", "raised", "")), List.of()));

        String device = "SENTINELMN" + marker;
        Map<String, Object> hour = Map.of("facility_id", "", "mn", device, "time", raised.toString(), "pollutant", "a21026",
                "value", 12.5, "source", "hj212");
        elasticsearch.index(i -> i.index(schema.alias(IncineratorIndices.MONITORING_HOURS)).refresh(Refresh.True).document(hour));
        return new Planted(user, token.token().label(), token.secret(), postId, author, body, searched, raw, alertLabel, device);
    }

    /** Route templates ({@code :id}, {@code :id?}) and URI templates ({@code {id}}) with sample values. */
    private static String fill(String template, Planted planted) {
        return template
                .replaceAll("\\{(name|user)}", planted.user())
                .replaceAll("\\{[^}]+}", planted.postId())
                .replaceAll(":(name|user)[^/]*", planted.user())
                .replaceAll(":[^/]+", planted.postId());
    }

    /** Every request parameter of the endpoint, with a value that could find the planted data. */
    private static String query(HandlerMethod handler, Planted planted) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add("q=" + URLEncoder.encode(planted.searched(), StandardCharsets.UTF_8));
        for (Parameter parameter : handler.getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName();
            if (name.equals("q")) {
                continue;
            }
            parts.add(name + "=" + URLEncoder.encode(sample(parameter.getType(), planted), StandardCharsets.UTF_8));
        }
        return "?" + String.join("&", parts);
    }

    private static String sample(Class<?> type, Planted planted) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (type == Instant.class) {
            return Instant.now().toString();
        }
        return planted.searched();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * What was planted. The requests search for {@code searched}, which an error message may
     * echo; the post's {@code body} word and everything else must never reach an anonymous visitor.
     */
    private record Planted(String user, String tokenLabel, String tokenSecret, String postId, String author, String body,
            String searched, String raw, String alertLabel, String device) {

        void assertAbsentFrom(String request, HttpResponse<String> response) {
            assertThat(response.body()).as("%s leaks staff data", request)
                    .doesNotContain(user).doesNotContain(tokenLabel).doesNotContain(tokenSecret)
                    .doesNotContain(author).doesNotContain(body).doesNotContain(raw).doesNotContain("13812345678")
                    .doesNotContain(alertLabel).doesNotContainIgnoringCase(device);
        }
    }
}
