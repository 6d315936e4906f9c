package org.qianliyan.portal.incinerator.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack on the TCP receiver: a peer streams one line without end. The receiver must cut
 * it off after the largest frame the standard allows (closing the connection) instead of
 * buffering it, and keep serving other data loggers.
 */
@PortalIntegrationTest
class Hj212ReceiverIT {

    /** Far more than any socket buffer can absorb: only a receiver that stops reading lets this through. */
    private static final long ENDLESS = 512L * 1024 * 1024;

    @Autowired
    Hj212Ingest ingest;
    private Hj212Receiver receiver;

    @BeforeEach
    void listen() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        receiver = new Hj212Receiver(new Hj212Properties(port, 4), ingest);
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void an_endless_line_is_cut_off_and_the_receiver_keeps_serving() throws Exception {
        long sent = 0;
        IOException refused = null;
        try (Socket attacker = new Socket("localhost", receiver.localPort())) {
            OutputStream out = attacker.getOutputStream();
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            while (sent < ENDLESS) {
                out.write(chunk);
                sent += chunk.length;
            }
        } catch (IOException e) {
            refused = e;
        }
        assertThat(refused).as("the receiver closed the connection; %d bytes were sent", sent).isNotNull();
        assertThat(sent).isLessThan(ENDLESS);

        String heartbeat = Hj212ParserTest.framed("QN=20250101000000000;ST=91;CN=1011;PW=123456;MN=M1;Flag=5;CP=&&&&");
        try (Socket logger = new Socket("localhost", receiver.localPort())) {
            logger.setSoTimeout(30_000);
            logger.getOutputStream().write(heartbeat.getBytes(StandardCharsets.US_ASCII));
            var reply = new BufferedReader(new InputStreamReader(logger.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(reply.readLine()).as("acknowledgement").startsWith("##").contains("CN=9014");
        }
    }
}
