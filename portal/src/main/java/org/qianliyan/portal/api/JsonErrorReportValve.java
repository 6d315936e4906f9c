package org.qianliyan.portal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report, as our JSON instead of its HTML page: for what Tomcat refuses
 * before any servlet runs (a malformed request line, a bad URI encoding, an over-long URL or
 * header block) and for any error status nothing else wrote a body for. An over-long request
 * line is reported as 414, an over-long header block as 431, where Tomcat says 400 for both.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        TooLarge tooLarge = TooLarge.of(status, request, throwable);
        if (tooLarge != null) {
            status = tooLarge.status;
            response.setStatus(status);
        }
        byte[] body = ApiErrorJson.bytes(status, tooLarge != null ? tooLarge.detail : detail(status, response));
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is unusable: nothing more to tell it
        }
    }

    private static String detail(int status, Response response) {
        String message = response.getMessage();
        return message == null || message.isBlank() || status >= 500 ? null : message;
    }

    /** Tomcat refuses an oversized request line or header block with a plain 400; name it. */
    private enum TooLarge {
        URI(414, "the request URL is too long"),
        HEADERS(431, "the request headers are too large");

        final int status;
        final String detail;

        TooLarge(int status, String detail) {
            this.status = status;
            this.detail = detail;
        }

        static TooLarge of(int status, Request request, Throwable throwable) {
            if (status != 400 || throwable == null || throwable.getMessage() == null
                    || !throwable.getMessage().contains("too large")) {
                return null;
            }
            String uri = request.getCoyoteRequest().requestURI().toString();
            return uri == null || uri.isEmpty() ? URI : HEADERS;
        }
    }
}
