package org.qianliyan.portal.cli;

/**
 * What one command of the command line does, once its options are parsed and checked
 * ({@code docs/cli.md}). The options are one of the classes of {@link CommandLineContract};
 * the implementing Spring bean gets them after the application context has started.
 *
 * @param <O> the command's options class
 */
public interface CliCommand<O> {

    /** The options class of the command this bean runs, for example {@code CommandLineContract.ImportLjgk.class}. */
    Class<O> options();

    /**
     * Runs the command.
     *
     * @param options the parsed and checked options
     * @param io      standard input, output (the result only) and error (everything else)
     * @return the exit code: 0 success, 2 bad input (or throw {@link CliUsageException}), 1 any other failure
     */
    int run(O options, CliStreams io) throws Exception;
}
