package org.qianliyan.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap; past the cap the subscription is cancelled, which
 * closes the connection, so a 10 MB body costs at most the cap in memory.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBody> {

    private final long cap;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBodySubscriber(long cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<CappedBody> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (buffer.size() + (long) n > cap) {
                subscription.cancel();
                result.complete(new CappedBody(new byte[0], true));
                return;
            }
            if (item.hasArray()) {
                buffer.write(item.array(), item.arrayOffset() + item.position(), n);
            } else {
                byte[] copy = new byte[n];
                item.get(copy);
                buffer.write(copy, 0, n);
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new CappedBody(buffer.toByteArray(), false));
    }

    /** Abandons the body (time-out): cancels the subscription so the connection is closed. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.complete(new CappedBody(new byte[0], false));
    }
}
