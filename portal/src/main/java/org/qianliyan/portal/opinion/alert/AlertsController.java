package org.qianliyan.portal.opinion.alert;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.qianliyan.portal.api.ApiNotFoundException;
import org.qianliyan.portal.api.BadApiRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff alert API: {@code GET /api/v1/staff/alerts?status=&kind=&from=&to=},
 * {@code POST /api/v1/staff/alerts/{id}/{acknowledge|assign|resolve}} with a JSON body
 * {@code {"note": "...", "assignee": "..."}} (both optional but the assignee of an
 * assignment), and the caller's Atom feed {@code GET /api/v1/staff/alerts.atom[?mine=true]}.
 */
@RestController
@RequestMapping("/api/v1/staff")
class AlertsController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final AlertHandling alerts;
    private final AlertProperties properties;

    AlertsController(AlertHandling alerts, AlertProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    @GetMapping("/alerts")
    Map<String, Object> list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        List<Alert> found = alerts.list(blank(status) ? null : parse(() -> AlertStatus.ofCode(status), "status", status),
                blank(kind) ? null : parse(() -> AlertKind.ofCode(kind), "kind", kind), instant(from, "from"), instant(to, "to"));
        return Map.of("total", found.size(), "alerts", found.stream().map(a -> AlertJson.of(a, baseUrl())).toList());
    }

    @PostMapping("/alerts/{id}/{action}")
    Map<String, Object> act(@PathVariable String id, @PathVariable String action,
            @RequestBody(required = false) Map<String, String> body, Principal principal) {
        AlertHandling.Action parsed = parse(() -> AlertHandling.Action.ofCode(action), "action", action);
        Map<String, String> fields = body == null ? Map.of() : body;
        try {
            return AlertJson.of(alerts.act(id, parsed, principal.getName(), fields.get("assignee"), fields.get("note")), baseUrl());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("no alert")) {
                throw new ApiNotFoundException(e.getMessage());
            }
            throw new BadApiRequestException(e.getMessage());
        }
    }

    @GetMapping("/alerts.atom")
    ResponseEntity<String> feed(@RequestParam(defaultValue = "false") boolean mine, Principal principal) {
        return ResponseEntity.ok().contentType(ATOM)
                .body(AlertFeed.of(principal.getName(), alerts.feedFor(principal.getName(), mine), baseUrl()));
    }

    private String baseUrl() {
        return properties.publicUrl().replaceAll("/+$", "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> T parse(Supplier<T> parser, String name, String value) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadApiRequestException("unknown " + name + ": " + value);
        }
    }

    /** An ISO instant, or a date meaning its start (UTC). */
    private static Instant instant(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadApiRequestException(name + " must be a date (YYYY-MM-DD) or an ISO instant, was " + value);
        }
    }
}
