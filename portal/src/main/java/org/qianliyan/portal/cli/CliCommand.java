package org.qianliyan.portal.cli;

import java.util.List;

/**
 * One subcommand of the jar's command line (DESIGN §10), such as {@code import ljgk}.
 *
 * <p>Commands are Spring beans; {@link CommandLine} finds the one whose {@link #name()}
 * words start the arguments, hands it the remaining arguments and exits with its code:
 * 0 success, 2 bad input (throw {@link CliUsageException} with the reason), 1 anything else.
 */
public interface CliCommand {

    /** The words that select this command, for example {@code "import ljgk"}. */
    String name();

    /** One usage line, for example {@code "import ljgk --plants F [--furnaces F] [--daily F]"}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param arguments the arguments after the command's name
     * @param io        standard input, output and error
     * @return the exit code
     */
    int run(List<String> arguments, CliStreams io) throws Exception;
}
