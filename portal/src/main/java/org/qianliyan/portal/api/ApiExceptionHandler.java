package org.qianliyan.portal.api;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.qianliyan.portal.elasticsearch.ElasticsearchOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a REST controller into {@link ApiError} JSON: 4xx with the reason
 * for bad input, 503 while Elasticsearch is unavailable, 500 with only a reference for
 * anything else (the stack trace is logged).
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BadApiRequestException.class)
    ResponseEntity<ApiError> badRequest(BadApiRequestException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad request", e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad request",
                "parameter '" + e.getParameterName() + "' is required"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(new ApiError("bad request",
                "parameter '" + e.getName() + "' must be " + expected + ", got '" + e.getValue() + "'"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad request", "the request body is missing or is not the expected JSON"));
    }

    @ExceptionHandler(ApiNotFoundException.class)
    ResponseEntity<ApiError> notFound(ApiNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not found", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not found",
                "no such API path: /" + e.getResourcePath()));
    }

    /**
     * Spring's own refusals (a method the path does not allow, an Accept or Content-Type we
     * cannot serve): their status and headers (Allow, Accept), our JSON whatever the Accept
     * header asked for, no log line: the caller's mistake, not ours.
     */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            HttpMediaTypeNotSupportedException.class, ServletRequestBindingException.class})
    void refused(Exception e, HttpServletResponse response) throws IOException {
        ErrorResponse refusal = (ErrorResponse) e;
        refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        ApiErrorJson.write(response, refusal.getStatusCode().value(), refusal.getBody().getDetail());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (ElasticsearchOutage.explains(e)) {
            log.warn("API request failed: Elasticsearch is unavailable ({})", e.getMessage());
            return ElasticsearchOutageFilter.unavailable();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API request failed (reference {})", reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError("internal error",
                "the request failed; quote reference " + reference + " when reporting it"));
    }
}
