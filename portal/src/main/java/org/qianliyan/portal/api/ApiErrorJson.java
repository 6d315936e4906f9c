package org.qianliyan.portal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * Writes an {@link ApiError} straight to a response, for the refusals that cannot go through
 * content negotiation: a client that accepts no JSON (406) and errors Tomcat answers before
 * any servlet runs. The {@code error} is the status's reason phrase in lower case.
 */
public final class ApiErrorJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrorJson() {
    }

    /** @return the error body for {@code status} */
    public static ApiError of(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String error = known == null ? "error " + status : known.getReasonPhrase().toLowerCase(Locale.ROOT);
        return new ApiError(error, detail == null ? error : detail);
    }

    /** @return the UTF-8 JSON bytes of the error body for {@code status} */
    public static byte[] bytes(int status, String detail) {
        try {
            return JSON.writeValueAsString(of(status, detail)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("an ApiError always serialises", e);
        }
    }

    /** Writes the body; the caller has set the status and may not have committed the response. */
    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        byte[] body = bytes(status, detail);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
