package org.qianliyan.crawler.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET request and its capped, decompressed body, with no redirect following: the
 * fetcher follows redirects itself so every hop passes the SSRF guard and robots.txt.
 */
final class SingleExchange {

    /** The answer to one request, or why there was none. */
    record Result(int status, HttpHeaders headers, byte[] body, FetchStatus failure, String reason) {

        boolean failed() {
            return failure != null;
        }

        static Result failed(FetchStatus failure, String reason) {
            return new Result(0, null, null, failure, reason);
        }
    }

    private final HttpClient client;
    private final FetcherConfig config;

    SingleExchange(HttpClient client, FetcherConfig config) {
        this.client = client;
        this.config = config;
    }

    Result get(URI uri, Map<String, String> headers) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        headers.forEach(builder::header);
        CappedBodySubscriber subscriber = new CappedBodySubscriber(config.maxBodyBytes());
        CompletableFuture<HttpResponse<CappedBody>> future = client.sendAsync(builder.build(), info -> subscriber);
        HttpResponse<CappedBody> response;
        try {
            response = future.get(config.readTimeout().toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            subscriber.abort();
            future.cancel(true);
            return Result.failed(FetchStatus.TIMEOUT, "no complete response within " + config.readTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            return networkFailure(e.getCause());
        }
        CappedBody body = response.body();
        if (body.truncated()) {
            return new Result(response.statusCode(), response.headers(), null, FetchStatus.TOO_LARGE,
                    "body larger than " + config.maxBodyBytes() + " bytes; transfer aborted");
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        byte[] decoded;
        try {
            decoded = ContentDecoding.decode(body.bytes(), encoding, config.maxBodyBytes());
        } catch (IOException e) {
            return Result.failed(FetchStatus.NETWORK_ERROR, "corrupt " + encoding + " body: " + e.getMessage());
        }
        if (decoded == null) {
            return new Result(response.statusCode(), response.headers(), null, FetchStatus.TOO_LARGE,
                    "decompressed body larger than " + config.maxBodyBytes() + " bytes");
        }
        return new Result(response.statusCode(), response.headers(), decoded, null, null);
    }

    private static Result networkFailure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return Result.failed(FetchStatus.TIMEOUT, "connect time-out");
        }
        if (cause instanceof HttpTimeoutException) {
            return Result.failed(FetchStatus.TIMEOUT, "read time-out: " + cause.getMessage());
        }
        if (cause instanceof ConnectException) {
            return Result.failed(FetchStatus.NETWORK_ERROR, "connection refused");
        }
        String message = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return Result.failed(FetchStatus.NETWORK_ERROR, message);
    }
}
