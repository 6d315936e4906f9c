package org.qianliyan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.security.account.ApiTokens;
import org.qianliyan.portal.security.account.IssuedToken;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.UserAccounts;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff API attacked over real HTTP: guessing passwords in parallel and in letter-case
 * variants, forged and revoked tokens, a staff member reaching for admin endpoints, a
 * disabled user; and every feature's staff endpoints behind the same Basic and Bearer login. Each attack comes from an address of its own (sent by a trusted local
 * proxy as X-Forwarded-For), so the attacks do not lock each other out.
 */
@PortalIntegrationTest
class StaffApiSecurityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Correct-horse-77";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void guesses_in_letter_case_variants_sent_in_parallel_share_one_budget_of_five() throws Exception {
        String name = newUser(StaffRole.STAFF);
        String address = freshAddress();
        String[] variants = {name, name.toUpperCase(), " " + name + " ", capitalised(name), fullWidth(name)};
        List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            guesses.add(sendAsync(get("/api/v1/staff/tokens", address).header("Authorization",
                    basic(variants[i % variants.length], "wrong-guess-" + i))));
        }
        List<Integer> statuses = guesses.stream().map(f -> f.join().statusCode()).toList();

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(5);
        assertThat(send(get("/api/v1/staff/tokens", address).header("Authorization", basic(name, PASSWORD))).statusCode())
                .as("the account is locked at this address, even for the right password")
                .isEqualTo(429);
        assertThat(send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", basic(name, PASSWORD)))
                .statusCode()).as("but not from elsewhere").isEqualTo(200);
    }

    @Test
    void a_hundred_parallel_wrong_passwords_get_at_most_five_checked() throws Exception {
        String name = newUser(StaffRole.STAFF);
        String address = freshAddress();
        List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            guesses.add(sendAsync(get("/api/v1/staff/tokens", address).header("Authorization", basic(name, "nope-" + i))));
        }
        List<Integer> statuses = guesses.stream().map(f -> f.join().statusCode()).toList();

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).isBetween(1L, 5L);
    }

    @Test
    void a_token_works_until_it_is_revoked_and_a_made_up_one_never_does() throws Exception {
        String name = newUser(StaffRole.STAFF);
        IssuedToken issued = tokens.create(name, "nightly script");

        HttpResponse<String> valid = send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", "Bearer " + issued.secret()));
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("nightly script").doesNotContain(issued.secret());
        assertThat(valid.headers().allValues("Set-Cookie")).as("scripts get no session").isEmpty();

        tokens.revoke(name, issued.token().id());
        HttpResponse<String> revoked = send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", "Bearer " + issued.secret()));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(revoked.body()).path("error").asText()).isEqualTo("login required");

        String forged = "qly_" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        assertThat(send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", "Bearer " + forged)).statusCode())
                .isEqualTo(401);
        assertThat(send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", "Bearer not-even-a-token")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void tokens_are_created_listed_and_revoked_through_the_api_with_basic_and_no_csrf_token() throws Exception {
        String name = newUser(StaffRole.STAFF);
        String address = freshAddress();
        HttpResponse<String> created = send(post("/api/v1/staff/tokens", address, "{\"label\":\"briefing download\"}")
                .header("Authorization", basic(name, PASSWORD)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode issued = JSON.readTree(created.body());
        String secret = issued.path("secret").asText();
        String id = issued.path("token").path("id").asText();
        assertThat(secret).startsWith("qly_");

        HttpResponse<String> listed = send(get("/api/v1/staff/tokens", address).header("Authorization", "Bearer " + secret));
        assertThat(listed.body()).contains("briefing download").contains(id).doesNotContain(secret);

        HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/api/v1/staff/tokens/" + id)).DELETE()
                .header("X-Forwarded-For", address).header("Authorization", "Bearer " + secret));
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(send(get("/api/v1/staff/tokens", address).header("Authorization", "Bearer " + secret)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void staff_get_403_json_on_admin_endpoints_and_administrators_manage_users() throws Exception {
        String staff = newUser(StaffRole.STAFF);
        String admin = newUser(StaffRole.ADMIN);
        String address = freshAddress();

        HttpResponse<String> refused = send(get("/api/v1/staff/users", address).header("Authorization", basic(staff, PASSWORD)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("forbidden");
        assertThat(refused.body()).doesNotContain(admin);
        assertThat(send(post("/api/v1/staff/users/" + admin + "/disable", address, "")
                .header("Authorization", basic(staff, PASSWORD))).statusCode()).isEqualTo(403);

        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = send(post("/api/v1/staff/users", address,
                "{\"name\":\"" + newcomer + "\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}")
                .header("Authorization", basic(admin, PASSWORD)));
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains(newcomer).doesNotContain("$2a$");

        HttpResponse<String> weak = send(post("/api/v1/staff/users", address,
                "{\"name\":\"weak-" + newcomer + "\",\"role\":\"staff\",\"password\":\"1234567890\"}")
                .header("Authorization", basic(admin, PASSWORD)));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weak.body()).path("detail").asText()).contains("most common passwords");

        HttpResponse<String> garbled = send(post("/api/v1/staff/users", address, "{\"name\": ")
                .header("Authorization", basic(admin, PASSWORD)));
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(garbled.body()).path("error").asText()).isEqualTo("bad request");

        HttpResponse<String> listed = send(get("/api/v1/staff/users", address).header("Authorization", basic(admin, PASSWORD)));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(newcomer).contains(staff).doesNotContain("$2a$").doesNotContainIgnoringCase("hash");

        assertThat(send(post("/api/v1/staff/users/" + newcomer + "/disable", address, "")
                .header("Authorization", basic(admin, PASSWORD))).statusCode()).isEqualTo(200);
        assertThat(send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", basic(newcomer, PASSWORD)))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void the_opinion_staff_api_takes_basic_and_bearer_and_refuses_anonymous_callers_with_401_json() throws Exception {
        String staff = newUser(StaffRole.STAFF);
        String bearer = "Bearer " + tokens.create(staff, "opinion script").secret();
        String address = freshAddress();
        Map<String, Integer> reads = Map.of("/api/v1/staff/alerts", 200, "/api/v1/staff/alerts.atom", 200,
                "/api/v1/staff/reviews/sentiment.csv", 200, "/api/v1/staff/posts/no-such-post", 404);

        for (Map.Entry<String, Integer> read : reads.entrySet()) {
            String path = read.getKey();
            assertThat(send(get(path, address).header("Authorization", basic(staff, PASSWORD))).statusCode())
                    .as("Basic on %s", path).isEqualTo(read.getValue());
            assertThat(send(get(path, address).header("Authorization", bearer)).statusCode())
                    .as("Bearer on %s", path).isEqualTo(read.getValue());
            HttpResponse<String> anonymous = send(get(path, address));
            assertThat(anonymous.statusCode()).as("anonymous on %s", path).isEqualTo(401);
            assertThat(JSON.readTree(anonymous.body()).path("error").asText()).isEqualTo("login required");
        }

        // Writes with a header credential need no CSRF token: they reach the controller, which finds nothing to change.
        assertThat(send(post("/api/v1/staff/posts/no-such-post/review", address, "{\"complaint\": true}")
                .header("Authorization", bearer)).statusCode()).isEqualTo(404);
        assertThat(send(post("/api/v1/staff/alerts/no-such-alert/acknowledge", address, "{}")
                .header("Authorization", basic(staff, PASSWORD))).statusCode()).isEqualTo(404);
        assertThat(send(post("/api/v1/staff/posts/no-such-post/review", address, "{\"complaint\": true}")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void the_hj212_device_mapping_api_is_for_administrators_only() throws Exception {
        String staff = newUser(StaffRole.STAFF);
        String admin = newUser(StaffRole.ADMIN);
        String staffToken = "Bearer " + tokens.create(staff, "mapping script").secret();
        String address = freshAddress();

        for (String credentials : List.of(basic(staff, PASSWORD), staffToken)) {
            HttpResponse<String> refused = send(get("/api/v1/staff/hj212/unmapped", address).header("Authorization", credentials));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("forbidden");
            assertThat(send(HttpRequest.newBuilder(uri("/api/v1/staff/hj212/mapping")).header("X-Forwarded-For", address)
                    .header("Authorization", credentials).header("Content-Type", "text/csv")
                    .PUT(HttpRequest.BodyPublishers.ofString("mn,ps_code,mp_code\n")))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(send(get("/api/v1/staff/hj212/unmapped", address)).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/v1/staff/hj212/unmapped", address).header("Authorization", basic(admin, PASSWORD)))
                .statusCode()).isEqualTo(200);
        assertThat(send(get("/api/v1/staff/hj212/unmapped", address)
                .header("Authorization", "Bearer " + tokens.create(admin, "admin script").secret())).statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_user_is_refused_with_password_and_with_token() throws Exception {
        String name = newUser(StaffRole.STAFF);
        IssuedToken issued = tokens.create(name, "before leaving");
        accounts.disable(name);

        assertThat(send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", basic(name, PASSWORD))).statusCode())
                .isEqualTo(401);
        assertThat(send(get("/api/v1/staff/tokens", freshAddress()).header("Authorization", "Bearer " + issued.secret()))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void every_response_carries_csp_and_referrer_policy_and_the_session_cookie_is_lax_and_secure_behind_tls()
            throws Exception {
        for (String path : List.of("/", "/login", "/api/v1/facilities", "/api/v1/staff/tokens", "/styles/qianliyan.css")) {
            HttpResponse<String> response = send(get(path, freshAddress()));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("object-src 'none'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }

        String plain = sessionCookie(send(get("/login", freshAddress())));
        assertThat(plain).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        String behindTls = sessionCookie(send(get("/login", freshAddress()).header("X-Forwarded-Proto", "https")));
        assertThat(behindTls).contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void a_login_post_without_its_csrf_token_does_not_log_in() throws Exception {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", freshAddress())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PortalIntegrationTest.ADMIN_PASSWORD)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
    }

    private String newUser(StaffRole role) {
        return accounts.add("api-" + UUID.randomUUID().toString().substring(0, 8), role, PASSWORD).name();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    /** A private address of its own for each attack, as a proxy in front of the portal would forward it. */
    private static String freshAddress() {
        int n = (int) (Math.random() * 250_000);
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String fullWidth(String name) {
        StringBuilder wide = new StringBuilder();
        name.codePoints().forEach(c -> wide.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        return wide.toString();
    }

    private HttpRequest.Builder get(String path, String address) {
        return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address);
    }

    private HttpRequest.Builder post(String path, String address, String json) {
        return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
