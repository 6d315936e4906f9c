package org.qianliyan.portal.security.account.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;

/**
 * A new password from standard input: typed twice without echo at a terminal, so a typo
 * cannot lock the user out; one line when piped, so scripts can provision accounts.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static String read(CliStreams io, String name) throws IOException {
        Console console = System.console();
        if (console != null && io.in() == System.in) {
            char[] first = console.readPassword("New password for %s: ", name);
            char[] second = console.readPassword("Repeat the password: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new CliUsageException("the two passwords differ; nothing was changed");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new CliUsageException("standard input holds no password (give it as one line)");
        }
        return line;
    }
}
