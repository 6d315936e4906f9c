package org.qianliyan.portal.enforcement.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.api.ApiIds;
import org.qianliyan.portal.api.ApiNotFoundException;
import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.enforcement.search.CaseCsv;
import org.qianliyan.portal.enforcement.search.CasePage;
import org.qianliyan.portal.enforcement.search.CaseQuery;
import org.qianliyan.portal.enforcement.search.CaseSearch;
import org.qianliyan.portal.enforcement.search.InvalidCaseQueryException;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cases} (the list with its filters, facets and paging, parameters as
 * on the list page), {@code /api/v1/cases.csv} (the same list as CSV) and
 * {@code /api/v1/cases/{id}} (docs/design-notes.md, Contracts).
 */
@RestController
@RequestMapping("/api/v1")
class CasesApiController {

    private final CaseSearch search;

    CasesApiController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping(value = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> list(@RequestParam MultiValueMap<String, String> parameters) {
        CaseQuery query = query(parameters);
        CasePage page = search.search(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("page", query.page());
        body.put("size", query.size());
        body.put("cases", page.cases().stream().map(CaseJson::of).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        page.facets().forEach((facet, buckets) -> facets.put(facet.parameter(), buckets));
        body.put("facets", facets);
        return body;
    }

    @GetMapping("/cases.csv")
    void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        CaseQuery query = query(parameters);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases.csv\"");
        try (CaseCsv csv = new CaseCsv(response.getOutputStream())) {
            search.export(query, csv::write);
        }
    }

    @GetMapping(value = "/cases/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode one(@PathVariable String id) {
        return search.byId(ApiIds.checked(id)).map(CaseJson::of)
                .orElseThrow(() -> new ApiNotFoundException("no case with id " + id));
    }

    private static CaseQuery query(MultiValueMap<String, String> parameters) {
        try {
            return CaseQuery.fromParameters(Map.copyOf(parameters.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())))));
        } catch (InvalidCaseQueryException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }
}
