package org.qianliyan.portal.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.qianliyan.portal.QianliyanApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's command line (DESIGN §10): {@code serve} (the default) starts the portal;
 * every other subcommand runs in a Spring context without a web server and exits with the
 * command's code.
 */
public final class CommandLine {

    /** Every subcommand the contract names, with its usage, whether or not it is built yet. */
    static final List<String> CONTRACT = List.of(
            "serve",
            "import ljgk --plants F [--furnaces F] [--daily F]",
            "import cases F",
            "import hj212 F",
            "crawl [--source ID] [--once]",
            "sources add F.json",
            "user add NAME --role staff|admin",
            "user disable NAME",
            "user list [--json]",
            "nlp analyze",
            "nlp train --sentiment DIR");

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private CommandLine() {
    }

    /** True when the arguments ask for the web portal rather than a one-shot command. */
    public static boolean isServe(String[] args) {
        return args.length == 0 || args[0].equals("serve") || args[0].startsWith("--");
    }

    /** Arguments for Spring when serving: drops the {@code serve} word, keeps {@code --key=value} settings. */
    public static String[] serveArguments(String[] args) {
        return args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    /** Runs a one-shot subcommand and returns its exit code. */
    public static int run(String[] args, CliStreams io) {
        List<String> words = List.of(args);
        if (words.get(0).equals("help") || words.get(0).equals("--help")) {
            printUsage(io);
            return OK;
        }
        Optional<String> contracted = contractedName(words);
        if (contracted.isEmpty()) {
            io.err().println("qianliyan: unknown command '" + String.join(" ", words) + "'");
            printUsage(io);
            return BAD_INPUT;
        }
        List<String> settings = words.stream().filter(word -> word.startsWith("--") && word.contains("=")).toList();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QianliyanApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("cli")
                .logStartupInfo(false)
                .run(settings.toArray(String[]::new))) {
            return dispatch(context, contracted.get(), words, io);
        } catch (RuntimeException startFailure) {
            io.err().println("qianliyan: " + rootMessage(startFailure));
            return FAILURE;
        }
    }

    private static int dispatch(ConfigurableApplicationContext context, String name, List<String> words, CliStreams io) {
        Optional<CliCommand> command = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst();
        if (command.isEmpty()) {
            io.err().println("qianliyan: '" + name + "' is not available in this version yet; nothing was done.");
            return BAD_INPUT;
        }
        List<String> arguments = words.subList(name.split(" ").length, words.size()).stream()
                .filter(word -> !(word.startsWith("--") && word.contains("=")))
                .toList();
        try {
            return command.get().run(arguments, io);
        } catch (CliUsageException badInput) {
            io.err().println("qianliyan " + name + ": " + badInput.getMessage());
            io.err().println("usage: qianliyan " + command.get().usage());
            return BAD_INPUT;
        } catch (Exception failure) {
            io.err().println("qianliyan " + name + ": failed: " + rootMessage(failure));
            return FAILURE;
        }
    }

    /** The contracted command whose words start {@code words}, longest match first. */
    private static Optional<String> contractedName(List<String> words) {
        return CONTRACT.stream()
                .map(CommandLine::nameOf)
                .filter(name -> startsWith(words, name.split(" ")))
                .max(Comparator.comparingInt(String::length));
    }

    private static String nameOf(String usage) {
        StringBuilder name = new StringBuilder();
        for (String word : usage.split(" ")) {
            if (word.startsWith("-") || word.startsWith("[") || !word.equals(word.toLowerCase()) || word.contains(".")) {
                break;
            }
            name.append(name.isEmpty() ? "" : " ").append(word);
        }
        return name.toString();
    }

    private static boolean startsWith(List<String> words, String[] prefix) {
        if (words.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!words.get(i).equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    private static void printUsage(CliStreams io) {
        io.err().println("usage: java -jar qianliyan.jar <command>, where <command> is one of:");
        CONTRACT.forEach(usage -> io.err().println("  " + usage));
        io.err().println("Settings such as --qianliyan.data-dir=DIR or --spring.elasticsearch.uris=URL may follow.");
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
