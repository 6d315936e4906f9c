package org.qianliyan.portal.cli;

/** Bad input on the command line: the message tells the user what to fix; the exit code is 2. */
public class CliUsageException extends RuntimeException {

    public CliUsageException(String message) {
        super(message);
    }
}
