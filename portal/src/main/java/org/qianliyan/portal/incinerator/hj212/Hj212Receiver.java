package org.qianliyan.portal.incinerator.hj212;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The HJ 212 TCP receiver, off unless {@code qianliyan.hj212.port} is set: data loggers
 * connect, send CRLF-terminated frames, and get a {@code 9014} acknowledgement when a
 * frame's Flag asks for one. Each frame is flushed before it is acknowledged. A line longer
 * than the largest frame the standard allows closes the connection before anything is parsed.
 */
@Component
class Hj212Receiver implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Hj212Receiver.class);

    private final Hj212Properties properties;
    private final Hj212Ingest ingest;
    private ServerSocket server;
    private ExecutorService workers;
    private volatile boolean running;

    Hj212Receiver(Hj212Properties properties, Hj212Ingest ingest) {
        this.properties = properties;
        this.ingest = ingest;
    }

    @Override
    public void start() {
        if (properties.port() == 0) {
            return;
        }
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(properties.port()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for HJ 212 frames on port " + properties.port(), e);
        }
        workers = Executors.newCachedThreadPool();
        running = true;
        Semaphore slots = new Semaphore(properties.connections());
        workers.submit(() -> acceptLoop(slots));
        LOG.info("HJ 212 receiver listening on port {}", server.getLocalPort());
    }

    private void acceptLoop(Semaphore slots) {
        while (running) {
            try {
                Socket socket = server.accept();
                if (!slots.tryAcquire()) {
                    LOG.warn("HJ 212: refusing {}, {} connections open", socket.getRemoteSocketAddress(), properties.connections());
                    socket.close();
                    continue;
                }
                workers.submit(() -> {
                    try {
                        serve(socket);
                    } finally {
                        slots.release();
                    }
                });
            } catch (IOException e) {
                if (running) {
                    LOG.warn("HJ 212 receiver: accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        try (socket; var session = ingest.open()) {
            // Capped before parsing: an endless line costs one frame's buffer, not memory without bound.
            var reader = new Hj212LineReader(socket.getInputStream(), Hj212Parser.MAX_FRAME_BYTES);
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = reader.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                var result = session.accept(line, peer);
                session.flush();
                if (result.frame().isPresent() && result.frame().get().wantsAcknowledgement()) {
                    out.write(Hj212Acknowledgement.forFrame(result.frame().get(), LocalDateTime.now())
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (Hj212LineReader.TooLong e) {
            LOG.warn("HJ 212 frame from {} is a {}, over the standard's frame size; closing the connection", peer,
                    e.getMessage());
        } catch (IOException e) {
            LOG.warn("HJ 212 connection from {} ended: {}", peer, e.getMessage());
        }
    }

    /** The port actually bound (useful when configured as an ephemeral port in tests), or 0 when off. */
    int localPort() {
        return server == null ? 0 : server.getLocalPort();
    }

    @Override
    public void stop() {
        running = false;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.debug("HJ 212 receiver close: {}", e.getMessage());
            }
            workers.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
