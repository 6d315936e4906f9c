package org.qianliyan.portal.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a cluster, on a port of its own, that a test can cut (the port stops
 * listening and every open connection is closed, as when a cluster goes down) and restore.
 */
final class ClusterProxy implements AutoCloseable {

    private final URI target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    private ClusterProxy(URI target, int port) {
        this.target = target;
        this.port = port;
    }

    static ClusterProxy to(URI target) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        var proxy = new ClusterProxy(target, port);
        proxy.restore();
        return proxy;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    synchronized void restore() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread accepting = new Thread(() -> accept(socket), "cluster-proxy-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(target.getHost(), target.getPort());
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // One side closed: close the other below.
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
        }, "cluster-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }
}
