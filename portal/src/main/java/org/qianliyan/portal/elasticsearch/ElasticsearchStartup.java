package org.qianliyan.portal.elasticsearch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.qianliyan.index.server.EmbeddedElasticsearch;
import org.qianliyan.index.server.EmbeddedElasticsearchSettings;
import org.qianliyan.index.server.SupervisedElasticsearch;
import org.qianliyan.portal.config.QianliyanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The embedded server's start, begun on its own thread as soon as the configuration is
 * known ({@link EarlyElasticsearchStart}) so that Elasticsearch, most of the portal's
 * start-up time, starts while Spring builds the application context. The
 * {@code embeddedElasticsearch} bean waits for it.
 */
final class ElasticsearchStartup {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchStartup.class);

    private final CompletableFuture<SupervisedElasticsearch> server = new CompletableFuture<>();

    private ElasticsearchStartup() {
    }

    /**
     * Starts the server described by {@code environment}'s {@code qianliyan.*} settings. Settings that do not
     * bind fail this start; the application context then reports them with its usual message.
     */
    static ElasticsearchStartup begin(Environment environment) {
        var startup = new ElasticsearchStartup();
        Thread starter = new Thread(() -> startup.run(environment), "elasticsearch-start");
        starter.setDaemon(true);
        starter.start();
        return startup;
    }

    private void run(Environment environment) {
        try {
            Binder binder = Binder.get(environment);
            QianliyanProperties portal = binder.bindOrCreate("qianliyan", QianliyanProperties.class);
            ElasticsearchProperties settings = binder.bindOrCreate("qianliyan.elasticsearch",
                    ElasticsearchProperties.class);
            var embedded = new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(
                    new ElasticsearchArchive().extractTo(portal.dataDir()),
                    portal.dataDir(),
                    settings.embeddedPort(),
                    settings.embeddedHeap(),
                    settings.startTimeout()));
            var running = SupervisedElasticsearch.start(embedded, progress -> log.info("{}", progress));
            log.info("Elasticsearch ready at {} ({})", running.httpUri(),
                    running.ownedByUs() ? "started by this portal" : "already running, reused");
            server.complete(running);
        } catch (RuntimeException | Error e) {
            server.completeExceptionally(e);
        }
    }

    /** The running server, once it is healthy; the start's own exception when it failed. */
    SupervisedElasticsearch await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Stops the server once it has started, for a context that failed before it took the server over. */
    void abandon() {
        server.thenAccept(SupervisedElasticsearch::close);
    }
}
