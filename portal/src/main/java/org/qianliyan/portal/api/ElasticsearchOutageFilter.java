package org.qianliyan.portal.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qianliyan.portal.elasticsearch.ElasticsearchAvailability;
import org.qianliyan.portal.elasticsearch.ElasticsearchOutage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While Elasticsearch is unavailable, every {@code /api/v1/} request (after the security
 * checks) answers 503 with {@code Retry-After} and our JSON error, rather than each
 * controller failing its own way. A request that meets the outage half-way gets the same
 * answer from {@link ApiExceptionHandler}.
 */
@Component
class ElasticsearchOutageFilter extends OncePerRequestFilter {

    private static final ApiError UNAVAILABLE = new ApiError("service unavailable",
            "the data store is temporarily unavailable; try again in " + ElasticsearchOutage.RETRY_AFTER_SECONDS + " s");

    private final ElasticsearchAvailability availability;
    private final ObjectMapper json;

    ElasticsearchOutageFilter(ElasticsearchAvailability availability, ObjectMapper json) {
        this.availability = availability;
        this.json = json;
    }

    /** The answer to a request that Elasticsearch's outage keeps from being served. */
    static ResponseEntity<ApiError> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(ElasticsearchOutage.RETRY_AFTER_SECONDS)).body(UNAVAILABLE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.available()) {
            chain.doFilter(request, response);
            return;
        }
        ResponseEntity<ApiError> answer = unavailable();
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
        json.writeValue(response.getOutputStream(), answer.getBody());
    }
}
