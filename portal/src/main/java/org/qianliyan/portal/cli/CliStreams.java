package org.qianliyan.portal.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a {@link CliCommand} reads and writes, so tests can capture them. */
public record CliStreams(InputStream in, PrintStream out, PrintStream err) {

    public static CliStreams system() {
        return new CliStreams(System.in, System.out, System.err);
    }
}
