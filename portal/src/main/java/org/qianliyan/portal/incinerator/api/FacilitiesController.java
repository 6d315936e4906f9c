package org.qianliyan.portal.incinerator.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qianliyan.portal.api.ApiIds;
import org.qianliyan.portal.api.ApiNotFoundException;
import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantCsv;
import org.qianliyan.portal.incinerator.catalogue.PlantFilter;
import org.qianliyan.portal.incinerator.catalogue.PlantSort;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public incinerator API (docs/design-notes.md, Contracts): {@code GET /api/v1/facilities},
 * {@code /api/v1/facilities/{id}} and {@code /api/v1/facilities/{id}/days?from=&to=}.
 * JSON by default; {@code format=csv} gives the same rows as CSV with a UTF-8 BOM.
 */
@RestController
@RequestMapping("/api/v1/facilities")
class FacilitiesController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final IncineratorCatalogue catalogue;

    FacilitiesController(IncineratorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String province,
                           @RequestParam(defaultValue = "") String city, @RequestParam(required = false) String verdict,
                           @RequestParam(name = "min_capacity", required = false) Integer minCapacity,
                           @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String order,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "json") String format) {
        Period period = period(from, to);
        var filter = new PlantFilter(q, province, city, verdict == null ? null : enumValue(Verdict.class, "verdict", verdict),
                minCapacity, enumValue(PlantSort.class, "sort", sort), descending(order));
        List<PlantSummary> plants = catalogue.list(filter, period);
        if (csv(format)) {
            return csvResponse("incinerators.csv", PlantCsv.plants(plants, period));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", period.from().toString());
        body.put("to", period.to().toString());
        body.put("count", plants.size());
        body.put("facilities", plants.stream().map(FacilityJson::summary).toList());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/{id}")
    Map<String, Object> facility(@PathVariable String id, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        ApiIds.checked(id);
        Period period = period(from, to);
        PlantSummary plant = catalogue.plant(id, period)
                .orElseThrow(() -> new ApiNotFoundException("no facility " + id));
        return FacilityJson.detail(plant, period);
    }

    @GetMapping("/{id}/days")
    ResponseEntity<?> days(@PathVariable String id, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(defaultValue = "json") String format) {
        ApiIds.checked(id);
        Period period = period(from, to);
        if (catalogue.plant(id, period).isEmpty()) {
            throw new ApiNotFoundException("no facility " + id);
        }
        var days = catalogue.days(id, period);
        var means = catalogue.means(id, period);
        if (csv(format)) {
            return csvResponse("incinerator-" + id + "-days.csv", PlantCsv.days(days, means));
        }
        return ResponseEntity.ok(FacilityJson.days(id, period, days, means));
    }

    private Period period(String from, String to) {
        if (from == null && to == null) {
            return catalogue.defaultPeriod();
        }
        LocalDate end = to == null ? LocalDate.now() : date("to", to);
        LocalDate start = from == null ? end.minusDays(IncineratorCatalogue.DEFAULT_DAYS - 1L) : date("from", from);
        try {
            return new Period(start, end);
        } catch (IllegalArgumentException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadApiRequestException(name + " must be a date like 2023-12-02, not '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadApiRequestException(name + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
        }
    }

    private static boolean descending(String order) {
        return switch (order) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new BadApiRequestException("order must be asc or desc, not '" + order + "'");
        };
    }

    private static boolean csv(String format) {
        return switch (format) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw new BadApiRequestException("format must be json or csv, not '" + format + "'");
        };
    }

    private static ResponseEntity<String> csvResponse(String fileName, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
