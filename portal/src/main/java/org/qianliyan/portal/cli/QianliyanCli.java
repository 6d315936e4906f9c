package org.qianliyan.portal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.qianliyan.portal.QianliyanApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The jar's command line ({@code docs/cli.md}). {@code serve} (the default) starts the portal;
 * any other command is parsed and checked against {@link CommandLineContract} first, so help,
 * version and bad input answer before Spring or Elasticsearch start; then the command runs
 * in a Spring context without a web server, and the process exits with its code.
 */
public final class QianliyanCli {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    /** A Spring setting such as {@code --qianliyan.data-dir=DIR}: a dotted name and a value. No option of ours has a dot. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w-]+)+=.*");

    private QianliyanCli() {
    }

    /** True when the arguments ask for the web portal: nothing but settings, after an optional {@code serve}. */
    public static boolean isServe(String[] args) {
        List<String> words = words(args);
        return words.isEmpty() || words.equals(List.of("serve"));
    }

    /** The Spring settings among the arguments, for example {@code --server.port=9090}. */
    public static String[] settings(String[] args) {
        return List.of(args).stream().filter(QianliyanCli::isSetting).toArray(String[]::new);
    }

    /** Parses, checks and runs a one-shot command in its own Spring context; returns the exit code. */
    public static int run(String[] args, CliStreams io) {
        Optional<Parsed> options;
        try {
            options = parse(words(args), io);
        } catch (Exit exit) {
            return exit.code;
        }
        if (options.isEmpty()) {
            return OK;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QianliyanApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("cli")
                .logStartupInfo(false)
                .run(settings(args))) {
            return dispatch(options.get(), beans(context), io);
        } catch (RuntimeException startFailure) {
            io.err().println("qianliyan: " + rootMessage(startFailure));
            return FAILURE;
        }
    }

    /**
     * Parses and checks {@code words} and runs the matching command among {@code commands}:
     * the same path as {@link #run} without starting a context, for callers that have one.
     */
    public static int run(List<String> words, Collection<? extends CliCommand<?>> commands, CliStreams io) {
        try {
            Optional<Parsed> options = parse(words, io);
            return options.isEmpty() ? OK : dispatch(options.get(), commands, io);
        } catch (Exit exit) {
            return exit.code;
        }
    }

    /** @return the leaf command and its options, or empty when help or the version was asked for and printed */
    private static Optional<Parsed> parse(List<String> words, CliStreams io) {
        CommandLine program = program(io);
        try {
            ParseResult parsed = program.parseArgs(words.toArray(String[]::new));
            if (CommandLine.printHelpIfRequested(parsed)) {
                return Optional.empty();
            }
            ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            CommandLine command = leaf.commandSpec().commandLine();
            if (!command.getSubcommands().isEmpty()) {
                throw new ParameterException(command, "give one of the commands of '" + name(leaf) + "'");
            }
            Object options = command.getCommand();
            if (options instanceof CommandLineContract.Checked checked) {
                checked.check();
            }
            return Optional.of(new Parsed(name(leaf), options));
        } catch (ParameterException badInput) {
            io.err().println("qianliyan: " + badInput.getMessage());
            badInput.getCommandLine().usage(io.err());
            throw new Exit(BAD_INPUT);
        }
    }

    private static CommandLine program(CliStreams io) {
        CommandLine program = new CommandLine(new CommandLineContract.Program());
        program.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
        program.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
        return program;
    }

    private static String name(ParseResult command) {
        return command.commandSpec().qualifiedName(" ").replaceFirst("^qianliyan ?", "");
    }

    private static int dispatch(Parsed parsed, Collection<? extends CliCommand<?>> commands, CliStreams io) {
        String name = parsed.name();
        Object options = parsed.options();
        Optional<? extends CliCommand<?>> command = commands.stream()
                .filter(candidate -> candidate.options() == options.getClass())
                .findFirst();
        if (command.isEmpty()) {
            io.err().println("qianliyan: '" + name + "' is not available in this version yet; nothing was done.");
            return BAD_INPUT;
        }
        try {
            return runTyped(command.get(), options, io);
        } catch (CliUsageException badInput) {
            io.err().println("qianliyan " + name + ": " + badInput.getMessage());
            io.err().println("(qianliyan " + name + " --help shows the usage)");
            return BAD_INPUT;
        } catch (Exception failure) {
            io.err().println("qianliyan " + name + ": failed: " + rootMessage(failure));
            return FAILURE;
        }
    }

    private static <O> int runTyped(CliCommand<O> command, Object options, CliStreams io) throws Exception {
        return command.run(command.options().cast(options), io);
    }

    @SuppressWarnings("unchecked")
    private static Collection<CliCommand<?>> beans(ConfigurableApplicationContext context) {
        return new ArrayList<>((Collection<CliCommand<?>>) (Collection<?>) context.getBeansOfType(CliCommand.class).values());
    }

    private static List<String> words(String[] args) {
        List<String> words = new ArrayList<>(List.of(args));
        words.removeIf(QianliyanCli::isSetting);
        return words;
    }

    private static boolean isSetting(String argument) {
        return SETTING.matcher(argument).matches();
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private record Parsed(String name, Object options) {
    }

    /** Ends parsing with an exit code once the reason has been printed. */
    private static final class Exit extends RuntimeException {
        private final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }
}
